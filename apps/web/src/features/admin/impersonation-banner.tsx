import { useSession } from '@kit/better-auth/react';
import { Button } from '@kit/ui/button';
import { toast } from '@kit/ui/toast';
import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { useIdentityChanged } from '~/lib/auth/identity-changes';
import { errorMessage } from '~/lib/errors';
import { m } from '~/paraglide/messages';
import { stopImpersonating } from './user-actions.functions';

/** On every page while an admin acts as someone else. */
export function ImpersonationBanner() {
  const auth = useSession();
  const identityChanged = useIdentityChanged();
  const stopFn = useServerFn(stopImpersonating);
  const [pending, setPending] = useState(false);
  if (!auth.user || !auth.impersonatedBy) return null;
  const userId = auth.user.id;
  return (
    <div
      role="status"
      className="bg-destructive text-destructive-foreground"
      data-testid="impersonation-banner"
    >
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center gap-3 px-4 py-2 text-sm">
        <span>{m.impersonation_text({ name: auth.user.name, email: auth.user.email })}</span>
        <Button
          size="sm"
          variant="secondary"
          className="ml-auto"
          isLoading={pending}
          onClick={async () => {
            setPending(true);
            try {
              await stopFn();
              // The admin's own session cookie is back.
              await identityChanged(`/admin/users/${userId}`);
              setPending(false);
            } catch (error) {
              setPending(false);
              toast.error(errorMessage(error));
            }
          }}
        >
          {m.impersonation_stop()}
        </Button>
      </div>
    </div>
  );
}
