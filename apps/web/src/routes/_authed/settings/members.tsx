import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/_authed/settings/members')({
  head: () => ({ meta: [{ title: 'Members — Kit' }] }),
  component: MembersSettingsPage,
});

function MembersSettingsPage() {
  return <h1 className="text-2xl font-semibold tracking-tight">Members</h1>;
}
