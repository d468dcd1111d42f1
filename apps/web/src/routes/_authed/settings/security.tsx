import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/_authed/settings/security')({
  head: () => ({ meta: [{ title: 'Security — Kit' }] }),
  component: SecuritySettingsPage,
});

function SecuritySettingsPage() {
  return <h1 className="text-2xl font-semibold tracking-tight">Security</h1>;
}
