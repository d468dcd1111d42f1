import {
  authorizeAdmin,
  authorizeOrganization,
  authorizeUser,
  authorizeUserInPerson,
  requireOrganizationPermission,
} from '@kit/auth/authorize';
import { requireWriteAccess } from '@kit/auth/entitlements';
import type { AdminPanelPermission, OrganizationPermission } from '@kit/better-auth/permissions';
import { HttpError } from '@kit/errors';
import { createMiddleware } from '@tanstack/react-start';
import { getRequest } from '@tanstack/react-start/server';

/** Dispatched on `window` when a server function answers 401: the session ended since the page last read it. */
export const SESSION_ENDED_EVENT = 'kit:session-ended';

/**
 * In the browser: the page keeps its identity between navigations, so a session revoked, banned or
 * expired elsewhere first shows as a 401 here; the app listens and reads who is signed in again.
 */
const reportEndedSession = createMiddleware({ type: 'function' }).client(async ({ next }) => {
  try {
    return await next();
  } catch (error) {
    if (error instanceof HttpError && error.status === 401)
      window.dispatchEvent(new Event(SESSION_ENDED_EVENT));
    throw error;
  }
});

export const authMiddleware = createMiddleware({ type: 'function' })
  .middleware([reportEndedSession])
  .server(async ({ next }) => next({ context: await authorizeUser(getRequest()) }));

export const organizationMiddleware = createMiddleware({ type: 'function' })
  .middleware([reportEndedSession])
  .server(async ({ next }) => next({ context: await authorizeOrganization(getRequest()) }));

export const adminMiddleware = createMiddleware({ type: 'function' })
  .middleware([reportEndedSession])
  .server(async ({ next }) => next({ context: await authorizeAdmin(getRequest()) }));

/**
 * Chain after organizationAction: roles without the permission get 403. It checks the role the
 * organization middleware already put in the context (Start runs a shared middleware once per call).
 */
export function withOrganizationPermission(permission: OrganizationPermission) {
  return createMiddleware({ type: 'function' })
    .middleware([organizationMiddleware])
    .server(({ next, context }) => {
      requireOrganizationPermission(context, permission);
      return next();
    });
}

/** Chain after adminAction: admin roles without the permission get 403. */
export function withAdminPermission(permission: AdminPanelPermission) {
  return createMiddleware({ type: 'function' }).server(async ({ next }) =>
    next({ context: await authorizeAdmin(getRequest(), permission) }),
  );
}

/**
 * Chain for what only the user themselves may do (end their sessions, delete an organization): an admin
 * impersonating the user gets 403 NOT_WHILE_IMPERSONATING, and nothing runs.
 */
export const notWhileImpersonating = createMiddleware({ type: 'function' }).server(async ({ next }) => {
  await authorizeUserInPerson(getRequest());
  return next();
});

/**
 * Chain after organizationAction for changes to the organization's data: once a past-due subscription's
 * grace period is over the organization is read-only, and this answers 402 SUBSCRIPTION_READ_ONLY with a
 * link to billing before the handler runs. Billing off: always allowed.
 */
export const withWriteAccess = createMiddleware({ type: 'function' })
  .middleware([organizationMiddleware])
  .server(({ next, context }) => {
    requireWriteAccess(context);
    return next();
  });
