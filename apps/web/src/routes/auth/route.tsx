import { Toaster } from '@kit/ui/toast';
import { createFileRoute, Outlet } from '@tanstack/react-router';
import { MarketingLayout } from '~/components/marketing-layout';

export const Route = createFileRoute('/auth')({ component: AuthLayout });

function AuthLayout() {
  return (
    <MarketingLayout>
      <Outlet />
      <Toaster />
    </MarketingLayout>
  );
}
