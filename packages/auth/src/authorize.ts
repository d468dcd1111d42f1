// "May this request do this?": the authorization decisions on the server, built on the context module
// and the role model of @kit/better-auth. Each takes a plain Request, so it is testable without a server;
// @kit/action-middleware binds them to server functions.

import {
  getSession,
  type Identity,
  type OrganizationIdentity,
  requireSession,
} from '@kit/better-auth/context';
import {
  type AdminPanelPermission,
  adminRoleCan,
  isAdminRole,
  type OrganizationPermission,
  organizationRoleCan,
} from '@kit/better-auth/permissions';
import { ForbiddenError, HttpError, NOT_WHILE_IMPERSONATING } from '@kit/errors';
import { notFound } from '@tanstack/react-router';
import { signInRedirect } from './guards';

function describe(permission: Record<string, string[] | undefined>): string {
  return Object.entries(permission)
    .flatMap(([resource, actions]) => (actions ?? []).map((action) => `${resource}:${action}`))
    .join(', ');
}

/** 401 without a valid session. */
export function authorizeUser(request: Request): Promise<Identity> {
  return requireSession(request);
}

/** 403 unless the organization role allows the permission. */
export function requireOrganizationPermission(
  identity: OrganizationIdentity,
  permission: OrganizationPermission,
) {
  if (!organizationRoleCan(identity.role, permission)) {
    throw new ForbiddenError(
      `Your role (${identity.role}) does not allow this (${describe(permission)}). Ask an owner or admin of the organization.`,
    );
  }
}

/**
 * 401 without a session; 403 (NOT_WHILE_IMPERSONATING) inside an impersonation session. For what only the
 * user themselves may do: end their sessions, delete what they cannot get back. The same rule as
 * better-auth's endpoints follow (@kit/better-auth hooks/impersonation-guard.ts).
 */
export async function authorizeUserInPerson(request: Request): Promise<Identity> {
  const context = await authorizeUser(request);
  if (context.session.impersonatedBy) {
    throw new HttpError(
      403,
      'While impersonating you cannot do this: only the user themselves may.',
      NOT_WHILE_IMPERSONATING,
    );
  }
  return context;
}

/** 401 without a session; 403 without an active organization, a membership, or the permission. */
export async function authorizeOrganization(
  request: Request,
  permission?: OrganizationPermission,
): Promise<OrganizationIdentity> {
  const identity = await authorizeUser(request);
  const { activeOrganizationId, role } = identity;
  if (!activeOrganizationId || !role) {
    throw new ForbiddenError(
      'No organization is active, or you are not a member of it. Switch to an organization and try again.',
    );
  }
  const organizationIdentity = { ...identity, activeOrganizationId, role };
  if (permission) requireOrganizationPermission(organizationIdentity, permission);
  return organizationIdentity;
}

/** 401 without a session; 403 without the app-level admin role (and the permission, when given). */
export async function authorizeAdmin(request: Request, permission?: AdminPanelPermission): Promise<Identity> {
  const context = await authorizeUser(request);
  if (!isAdminRole(context.user.role)) {
    throw new ForbiddenError('This needs an administrator.');
  }
  if (permission && !adminRoleCan(context.user.role, permission)) {
    throw new ForbiddenError(`Your admin role does not allow this (${describe(permission)}).`);
  }
  return context;
}

/**
 * For admin loaders and server code that renders pages: anonymous → redirect to sign-in; a signed-in
 * non-admin → notFound, so the admin area does not reveal that it exists. Returns the admin's session.
 */
export async function requireAdmin(request: Request) {
  const current = await getSession(request);
  if (!current) {
    const url = new URL(request.url);
    throw signInRedirect({ pathname: url.pathname, searchStr: url.search });
  }
  if (!isAdminRole(current.user.role)) throw notFound();
  return current;
}
