import { requireAuth } from '@kit/auth/guards';
import { createFileRoute, Outlet } from '@tanstack/react-router';
import { AppLayout } from '~/components/app-layout';
import { forgetStaleAccountData } from '~/features/organization/forget-stale-account-data';
import { loadAccountData } from '~/features/organization/load-account-data';

export const Route = createFileRoute('/_authed')({
  beforeLoad: (match) => {
    const guarded = requireAuth(match);
    forgetStaleAccountData(match.context.queries.client, match.context.auth);
    return guarded;
  },
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
