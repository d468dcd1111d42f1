import { Toaster } from '@kit/ui/toast';
import { createFileRoute, Outlet } from '@tanstack/react-router';
import { MarketingLayout } from '~/components/marketing-layout';
import { fetchSignInMethods } from '~/lib/auth/sign-in-methods.functions';

export const Route = createFileRoute('/auth')({
  // What the server offers changes only with its configuration: read once per visit.
  loader: () => fetchSignInMethods(),
  staleTime: Number.POSITIVE_INFINITY,
  component: AuthLayout,
});

function AuthLayout() {
  return (
    <MarketingLayout>
      <Outlet />
      <Toaster />
    </MarketingLayout>
  );
}
