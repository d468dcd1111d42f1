import { HttpError, SESSION_NOT_FRESH } from '@kit/errors';
import { useState } from 'react';

/**
 * Runs a sensitive action; when the server refuses it for an old session, remembers it so the page can
 * ask for the password (ConfirmPasswordForm) and run it again.
 */
export function useFreshSessionRetry() {
  const [pendingRetry, setPendingRetry] = useState<(() => Promise<void>) | null>(null);

  async function run(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      if (error instanceof HttpError && error.code === SESSION_NOT_FRESH) {
        setPendingRetry(() => action);
        return;
      }
      throw error;
    }
  }

  return {
    needsPassword: pendingRetry !== null,
    run,
    retry: async () => {
      const action = pendingRetry;
      setPendingRetry(null);
      if (action) await run(action);
    },
    cancel: () => setPendingRetry(null),
  };
}
