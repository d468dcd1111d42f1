import { createFileRoute } from '@tanstack/react-router';
import { InvitationCard } from '~/features/organization/invitation-card';
import { fetchInvitation } from '~/features/organization/invitations.functions';

export const Route = createFileRoute('/_authed/invitations/$invitationId')({
  loader: ({ params }) => fetchInvitation({ data: { invitationId: params.invitationId } }),
  head: () => ({ meta: [{ title: 'Invitation — Kit' }] }),
  component: InvitationPage,
});

function InvitationPage() {
  const view = Route.useLoaderData();
  const { invitationId } = Route.useParams();
  return <InvitationCard invitationId={invitationId} view={view} />;
}
