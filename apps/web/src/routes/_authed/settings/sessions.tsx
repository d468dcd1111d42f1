import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/_authed/settings/sessions')({
  head: () => ({ meta: [{ title: 'Sessions — Kit' }] }),
  component: SessionsSettingsPage,
});

function SessionsSettingsPage() {
  return <h1 className="text-2xl font-semibold tracking-tight">Sessions</h1>;
}
