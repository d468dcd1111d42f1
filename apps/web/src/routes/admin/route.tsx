import { createFileRoute, Outlet } from '@tanstack/react-router';
import { requireAdminAuth } from '~/lib/auth/guards';

export const Route = createFileRoute('/admin')({
  beforeLoad: requireAdminAuth,
  head: () => ({ meta: [{ title: 'Admin — Kit' }] }),
  component: Outlet,
});
