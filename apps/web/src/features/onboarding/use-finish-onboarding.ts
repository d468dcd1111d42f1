import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { useIdentityChanged } from '~/lib/auth/identity-changes';
import { errorMessage } from '~/lib/errors';
import { finishMyOnboarding } from './onboarding.functions';

/** Ends onboarding from `step` and goes to the dashboard with the identity read anew. */
export function useFinishOnboarding() {
  const finishFn = useServerFn(finishMyOnboarding);
  const identityChanged = useIdentityChanged();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function finish(step: 'organization' | 'invite') {
    setPending(true);
    setError(null);
    try {
      await finishFn({ data: { step } });
      await identityChanged('/dashboard');
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setPending(false);
    }
  }
  return { finish, pending, error };
}
