import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader } from '@kit/ui/card';
import { FormError } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { Link, useRouter } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { useIdentityChanged } from '~/lib/auth/identity-changes';
import { errorMessage } from '~/lib/errors';
import { formatDate } from '~/lib/i18n/format';
import { roleLabel } from '~/lib/i18n/role-label';
import { m } from '~/paraglide/messages';
import { acceptOrganizationInvitation, declineOrganizationInvitation } from './invitations.functions';
import type { InvitationView } from './invitations.service';

const closedStates: Record<
  Exclude<InvitationView['state'], 'pending'>,
  { title: () => string; description: () => string }
> = {
  not_found: { title: m.invitation_not_found_title, description: m.invitation_not_found_description },
  wrong_recipient: {
    title: m.invitation_wrong_recipient_title,
    description: m.invitation_wrong_recipient_description,
  },
  expired: { title: m.invitation_expired_title, description: m.invitation_expired_description },
  canceled: { title: m.invitation_canceled_title, description: m.invitation_canceled_description },
  accepted: { title: m.invitation_accepted_title, description: m.invitation_accepted_description },
  rejected: {
    title: m.invitation_rejected_title,
    description: m.invitation_rejected_description,
  },
};

export function InvitationCard({ invitationId, view }: { invitationId: string; view: InvitationView }) {
  const router = useRouter();
  const identityChanged = useIdentityChanged();
  const acceptFn = useServerFn(acceptOrganizationInvitation);
  const declineFn = useServerFn(declineOrganizationInvitation);
  const [pending, setPending] = useState<'accept' | 'decline' | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function respond(answer: 'accept' | 'decline') {
    setPending(answer);
    setError(null);
    try {
      if (answer === 'accept') {
        await acceptFn({ data: { invitationId } });
        toast.success(m.invitation_joined({ name: 'organizationName' in view ? view.organizationName : '' }));
        await identityChanged('/dashboard');
      } else {
        await declineFn({ data: { invitationId } });
        toast.success(m.invitation_declined());
        await router.invalidate();
      }
    } catch (caught) {
      setError(errorMessage(caught));
      await router.invalidate();
    } finally {
      setPending(null);
    }
  }

  if (view.state !== 'pending') {
    const copy = closedStates[view.state];
    return (
      <Card className="mx-auto max-w-md" data-testid="invitation" data-state={view.state}>
        <CardHeader>
          <h1 className="text-lg font-semibold leading-none tracking-tight">{copy.title()}</h1>
          <CardDescription>{copy.description()}</CardDescription>
        </CardHeader>
        <CardFooter>
          <Button asChild variant="outline">
            <Link to="/dashboard">{m.landing_go_to_dashboard()}</Link>
          </Button>
        </CardFooter>
      </Card>
    );
  }

  return (
    <Card className="mx-auto max-w-md" data-testid="invitation" data-state="pending">
      <CardHeader>
        <h1 className="text-lg font-semibold leading-none tracking-tight">
          {m.invitation_join_title({ name: view.organizationName })}
        </h1>
        <CardDescription>
          {m.invitation_join_description({
            inviter: view.inviterName,
            email: view.email,
            role: roleLabel(view.role),
            date: formatDate(view.expiresAt),
          })}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <FormError message={error} />
      </CardContent>
      <CardFooter className="gap-2">
        <Button
          onClick={() => respond('accept')}
          isLoading={pending === 'accept'}
          disabled={pending !== null}
        >
          {m.invitation_accept()}
        </Button>
        <Button
          variant="outline"
          onClick={() => respond('decline')}
          isLoading={pending === 'decline'}
          disabled={pending !== null}
        >
          {m.invitation_decline()}
        </Button>
      </CardFooter>
    </Card>
  );
}
