import { Toaster } from '@kit/ui/toast';
import { createFileRoute, Outlet } from '@tanstack/react-router';
import { PublicLayout } from '~/components/public-layout';

export const Route = createFileRoute('/auth')({ component: AuthLayout });

function AuthLayout() {
  return (
    <PublicLayout>
      <Outlet />
      <Toaster />
    </PublicLayout>
  );
}
