import { toast } from '@kit/ui/toast';
import { useState } from 'react';
import { errorMessage } from '~/lib/errors';

/**
 * Runs one billing call at a time (the page's buttons share it): `pending` names the running one. A call
 * that answers with a URL (checkout, portal) leaves for it, staying "pending" until the page unloads.
 */
export function useBillingAction() {
  const [pending, setPending] = useState<string | null>(null);
  async function run(name: string, action: () => Promise<{ url: string } | undefined>) {
    setPending(name);
    try {
      const result = await action();
      if (result?.url) {
        window.location.assign(result.url);
        return;
      }
    } catch (error) {
      toast.error(errorMessage(error));
    }
    setPending(null);
  }
  return { pending, run };
}
