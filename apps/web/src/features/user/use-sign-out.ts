import { toast } from '@kit/ui/toast';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { m } from '~/paraglide/messages';
import { signOut as signOutOnServer } from './sign-out.functions';

/** Ends the session, forgets every cached query and goes to the landing page. */
export function useSignOut() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const signOutFn = useServerFn(signOutOnServer);
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    try {
      await signOutFn();
    } catch {
      setPending(false);
      toast.error(m.sign_out_failed());
      return;
    }
    setPending(false);
    queryClient.clear();
    await router.invalidate();
    await router.navigate({ to: '/' });
  }
  return { signOut, pending };
}
