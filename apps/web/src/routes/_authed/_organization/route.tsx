import { createFileRoute, redirect } from '@tanstack/react-router';

/**
 * The pages of the active organization (`staticData.nav` lists them in the sidebar's organization
 * section). With the personal account active they do not exist: the dashboard says how to switch or
 * create one. Their loaders and components get `context.organization`, never null.
 */
export const Route = createFileRoute('/_authed/_organization')({
  beforeLoad: ({ context }) => {
    const { activeOrganizationId, role } = context.identity;
    if (!activeOrganizationId || !role) throw redirect({ to: '/dashboard' });
    return { organization: { id: activeOrganizationId, role } };
  },
});
