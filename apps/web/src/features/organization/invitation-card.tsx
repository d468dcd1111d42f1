import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useRouter } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { errorMessage } from '~/lib/errors';
import { acceptOrganizationInvitation, declineOrganizationInvitation } from './invitations.functions';
import type { InvitationView } from './invitations.service';

const closedStates: Record<
  Exclude<InvitationView['state'], 'pending'>,
  { title: string; description: string }
> = {
  not_found: {
    title: 'Invitation not found',
    description: 'This invitation does not exist. Check that you opened the whole link from your email.',
  },
  wrong_recipient: {
    title: 'This invitation is for someone else',
    description:
      'It was sent to a different email address than the one you are signed in with. Sign out and sign in (or sign up) with the invited address to accept it.',
  },
  expired: {
    title: 'This invitation has expired',
    description: 'Ask someone in the organization to send you a new one.',
  },
  canceled: {
    title: 'This invitation was cancelled',
    description: 'The organization withdrew it. Ask them for a new one if you still want to join.',
  },
  accepted: {
    title: 'This invitation was already used',
    description: 'It has been accepted. If that was you, the organization is in your account switcher.',
  },
  rejected: {
    title: 'You declined this invitation',
    description: 'Ask the organization for a new one if you change your mind.',
  },
};

export function InvitationCard({ invitationId, view }: { invitationId: string; view: InvitationView }) {
  const router = useRouter();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
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
        toast.success(
          `You joined ${'organizationName' in view ? view.organizationName : 'the organization'}.`,
        );
        await queryClient.invalidateQueries();
        await navigate({ to: '/dashboard' });
      } else {
        await declineFn({ data: { invitationId } });
        toast.success('Invitation declined.');
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
          <CardTitle>{copy.title}</CardTitle>
          <CardDescription>{copy.description}</CardDescription>
        </CardHeader>
        <CardFooter>
          <Button asChild variant="outline">
            <Link to="/dashboard">Go to your dashboard</Link>
          </Button>
        </CardFooter>
      </Card>
    );
  }

  return (
    <Card className="mx-auto max-w-md" data-testid="invitation" data-state="pending">
      <CardHeader>
        <CardTitle>Join {view.organizationName}</CardTitle>
        <CardDescription>
          {view.inviterName} invited {view.email} to join as {view.role}. The invitation expires on{' '}
          {new Date(view.expiresAt).toLocaleDateString()}.
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
          Accept invitation
        </Button>
        <Button
          variant="outline"
          onClick={() => respond('decline')}
          isLoading={pending === 'decline'}
          disabled={pending !== null}
        >
          Decline
        </Button>
      </CardFooter>
    </Card>
  );
}
