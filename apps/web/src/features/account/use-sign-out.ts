import { authClient } from '@kit/better-auth/client';
import { toast } from '@kit/ui/toast';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { m } from '~/paraglide/messages';

/** Ends the session, forgets every cached query and goes to the landing page. */
export function useSignOut() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    const { error } = await authClient.signOut();
    setPending(false);
    if (error) {
      toast.error(m.sign_out_failed());
      return;
    }
    queryClient.clear();
    await router.invalidate();
    await router.navigate({ to: '/' });
  }
  return { signOut, pending };
}
