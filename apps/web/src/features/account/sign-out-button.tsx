import { Button } from '@kit/ui/button';
import { toast } from '@kit/ui/toast';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { signOut } from './sign-out.functions';

export function SignOutButton() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const signOutFn = useServerFn(signOut);
  const [pending, setPending] = useState(false);
  async function onSignOut() {
    setPending(true);
    try {
      await signOutFn();
    } catch {
      setPending(false);
      toast.error('Could not sign out. Check your connection and try again.');
      return;
    }
    queryClient.clear();
    await router.invalidate();
    await router.navigate({ to: '/' });
  }
  return (
    <Button variant="outline" size="sm" onClick={onSignOut} isLoading={pending}>
      Sign out
    </Button>
  );
}
