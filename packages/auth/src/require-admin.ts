import { getSession } from '@kit/better-auth/context';
import { isAdminRole } from '@kit/better-auth/permissions';
import { notFound, redirect } from '@tanstack/react-router';
import { getRequest } from '@tanstack/react-start/server';

/** True when the request's user has the app-level admin role. Never throws. */
export async function isUserAdmin(request: Request = getRequest()): Promise<boolean> {
  try {
    const session = await getSession(request);
    return isAdminRole(session?.user.role);
  } catch {
    return false;
  }
}

/**
 * For admin loaders: anonymous → redirect to sign-in; signed-in non-admin → notFound, so the admin
 * area does not reveal that it exists. Returns the admin's session.
 */
export async function requireAdmin(request: Request = getRequest()) {
  const session = await getSession(request);
  if (!session) {
    const url = new URL(request.url);
    const back = encodeURIComponent(url.pathname + url.search);
    throw redirect({ href: `/auth/sign-in?redirect=${back}` });
  }
  if (!isAdminRole(session.user.role)) throw notFound();
  return session;
}
