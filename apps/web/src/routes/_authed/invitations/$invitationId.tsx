import { createFileRoute } from '@tanstack/react-router';
import { InvitationCard } from '~/features/organization/invitation-card';
import { fetchInvitation } from '~/features/organization/invitations.functions';
import { orNotFound } from '~/lib/or-not-found';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/_authed/invitations/$invitationId')({
  loader: ({ params }) => orNotFound(fetchInvitation({ data: { invitationId: params.invitationId } })),
  head: () => ({ meta: [{ title: m.page_title({ page: m.invitation_page_title() }) }] }),
  component: InvitationPage,
});

function InvitationPage() {
  const view = Route.useLoaderData();
  const { invitationId } = Route.useParams();
  return <InvitationCard invitationId={invitationId} view={view} />;
}
