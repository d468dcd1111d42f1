import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/_authed/settings/profile')({
  head: () => ({ meta: [{ title: 'Profile — Kit' }] }),
  component: ProfileSettingsPage,
});

function ProfileSettingsPage() {
  return <h1 className="text-2xl font-semibold tracking-tight">Profile</h1>;
}
