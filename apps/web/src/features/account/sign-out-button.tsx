import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { toast } from '@kit/ui/toast';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useState } from 'react';

export function SignOutButton() {
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
  return (
    <Button variant="outline" size="sm" onClick={signOut} isLoading={pending}>
      Sign out
    </Button>
  );
}
