// The one place that reads "who is asking" for the current request. Every guard, loader and server
// function goes through getSession(), which memoizes the lookup per Request object: one SQL statement
// per request returns the session, its user, the impersonating admin and the user's organizations, and
// becomes the request's `Identity`.

import { HttpError, SESSION_NOT_FRESH, UnauthorizedError } from '@kit/errors';
import { redirect } from '@tanstack/react-router';
import { getRequest } from '@tanstack/react-start/server';
import type { AuthSession } from './create-auth';
import { type ClientIdentity, type Membership, type MembershipSubscription, SIGNED_OUT } from './identity';
import { countsAsFresh } from './impersonation-policy';
import type { PageData } from './page-data';
import { isAdminRole } from './roles';
import { NOT_FRESH_MESSAGE } from './session-policy';

export type { ClientIdentity, Membership, MembershipSubscription } from './identity';
export { type PageData, type PageDataSelection, pageDataOf } from './page-data';

/**
 * Who is asking: the session and its user, every organization the user belongs to, and the one the
 * session works in (`activeOrganizationId`, null for the personal account) with the user's `role` there
 * and its `subscription` (the plan: @kit/auth/entitlements). An active organization the user has left
 * reads as the personal account.
 */
export interface Identity extends AuthSession {
  organizations: Membership[];
  activeOrganizationId: string | null;
  role: string | null;
  subscription: MembershipSubscription | null;
  /** What the session statement read for the request's page (`configurePageData`, page-data.ts), if any. */
  pageData?: PageData;
}

/** An identity working in an organization (what organization server functions get as `context`). */
export interface OrganizationIdentity extends Identity {
  activeOrganizationId: string;
  role: string;
}

const sessionsByRequest = new WeakMap<Request, Promise<Identity | null>>();
const settledSessions = new WeakMap<Request, Identity | null>();

async function readSession(request: Request): Promise<Identity | null> {
  const cookies = request.headers.get('cookie');
  // No cookie, no session: a first visit does not even load better-auth or the database client.
  if (!cookies) return null;
  const { readSessionFromCookies } = await import('./read-session');
  return readSessionFromCookies(request, cookies);
}

/** The identity of the request (the current Start request by default), looked up once per request. */
export function getSession(request: Request = getRequest()): Promise<Identity | null> {
  let pending = sessionsByRequest.get(request);
  if (!pending) {
    pending = readSession(request);
    sessionsByRequest.set(request, pending);
    pending.then(
      (session) => settledSessions.set(request, session),
      () => {},
    );
  }
  return pending;
}

/**
 * The session this request has already looked up, without looking it up (the request log names the
 * user): undefined when nothing asked for it, or the lookup failed or has not finished.
 */
export function peekSession(request: Request): Identity | null | undefined {
  return settledSessions.get(request);
}

/**
 * The session, if it was created within the session policy's fresh age; else a 403 with code
 * SESSION_NOT_FRESH, on which the UI asks for the password again (signing in anew makes a fresh session).
 * Operations that change credentials, email or two-factor, or delete things, require it. An impersonation
 * session is never fresh (impersonation-policy.ts).
 */
export async function requireFreshSession(request: Request = getRequest()): Promise<Identity> {
  const session = await requireSession(request);
  if (!countsAsFresh(session.session)) {
    throw new HttpError(403, NOT_FRESH_MESSAGE, SESSION_NOT_FRESH);
  }
  return session;
}

/** The session, or an UnauthorizedError (HTTP 401). */
export async function requireSession(request: Request = getRequest()): Promise<Identity> {
  const session = await getSession(request);
  if (!session) throw new UnauthorizedError();
  return session;
}

/** The active organization's id; redirects to the dashboard when the personal account is active. */
export async function requireActiveOrganizationId(request: Request = getRequest()): Promise<string> {
  const identity = await requireSession(request);
  if (!identity.activeOrganizationId) throw redirect({ to: '/dashboard' });
  return identity.activeOrganizationId;
}

/**
 * What the browser may know of an identity (nothing but the signed-out shape for null), with what the app
 * adds (`billingEnabled`: this package knows no billing).
 */
export function toClientIdentity(
  identity: Identity | null,
  app: Pick<ClientIdentity, 'billingEnabled'>,
): ClientIdentity {
  if (!identity) return { ...SIGNED_OUT, billingEnabled: app.billingEnabled };
  const { user, session } = identity;
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      image: user.image ?? null,
      isAdmin: isAdminRole(user.role),
      twoFactorEnabled: Boolean(user.twoFactorEnabled),
      onboarded: Boolean(user.onboardedAt),
    },
    impersonatedBy: session.impersonatedBy ?? null,
    activeOrganizationId: identity.activeOrganizationId,
    role: identity.role,
    subscription: identity.subscription,
    organizations: identity.organizations,
    billingEnabled: app.billingEnabled,
  };
}
