import { authClient } from '@kit/better-auth/client';
import { toast } from '@kit/ui/toast';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useState } from 'react';

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
      toast.error('Could not sign out. Check your connection and try again.');
      return;
    }
    queryClient.clear();
    await router.invalidate();
    await router.navigate({ to: '/' });
  }
  return { signOut, pending };
}
