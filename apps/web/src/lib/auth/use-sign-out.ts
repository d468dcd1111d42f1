import { toast } from '@kit/ui/toast';
import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { useIdentityChanged } from '~/lib/auth/identity-changes';
import { m } from '~/paraglide/messages';
import { signOut as signOutOnServer } from './sign-out.functions';

/** Ends the session, forgets every cached query and goes to `then` (the landing page). */
export function useSignOut(then = '/') {
  const identityChanged = useIdentityChanged();
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
    await identityChanged(then);
  }
  return { signOut, pending };
}
