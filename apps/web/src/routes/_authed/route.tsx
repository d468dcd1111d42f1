import { createFileRoute, Outlet } from '@tanstack/react-router';
import { AppLayout } from '~/components/app-layout';
import { loadAccountData } from '~/features/organization/load-account-data';
import { requireAuth } from '~/lib/auth/guards';

export const Route = createFileRoute('/_authed')({
  beforeLoad: requireAuth,
  loader: ({ context }) => loadAccountData(context),
  component: AuthedLayout,
});

function AuthedLayout() {
  return (
    <AppLayout>
      <Outlet />
    </AppLayout>
  );
}
