import type { AuthState } from '@kit/auth/guards';
import { getAccountContext, getSession } from '@kit/better-auth/context';
import { isAdminRole } from '@kit/better-auth/permissions';
import { createServerFn } from '@tanstack/react-start';

/** Who is signed in (or nobody), for guards and the header. Public: it reveals only the caller. */
export const fetchAuthState = createServerFn({ method: 'GET' }).handler(async (): Promise<AuthState> => {
  const [session, account] = await Promise.all([getSession(), getAccountContext()]);
  if (!session || !account) {
    return { user: null, activeOrganizationId: null, organizationRole: null, impersonatedBy: null };
  }
  const { user } = session;
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      image: user.image ?? null,
      isAdmin: isAdminRole(user.role),
      twoFactorEnabled: Boolean(user.twoFactorEnabled),
    },
    activeOrganizationId: account.activeOrganizationId,
    organizationRole: account.role,
    impersonatedBy: session.session.impersonatedBy ?? null,
  };
});
