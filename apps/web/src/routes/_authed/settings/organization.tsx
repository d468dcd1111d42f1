import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/_authed/settings/organization')({
  head: () => ({ meta: [{ title: 'Organization — Kit' }] }),
  component: OrganizationSettingsPage,
});

function OrganizationSettingsPage() {
  return <h1 className="text-2xl font-semibold tracking-tight">Organization</h1>;
}
