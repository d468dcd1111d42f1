// The one place that reads "who is asking" for the current request. Every guard, loader and server
// function goes through getSession(), which memoizes the lookup per Request object: one SQL statement
// per request returns the session, its user, the impersonating admin and the user's organizations.

import { getDatabase } from '@kit/database';
import { redirect } from '@tanstack/react-router';
import { getRequest } from '@tanstack/react-start/server';
import type { AuthSession, AuthUser } from './create-auth';
import { HttpError, SESSION_NOT_FRESH, UnauthorizedError } from './errors';
import { impersonationDeadline, isBanInForce, isImpersonatorInGoodStanding } from './impersonation-policy';
import { getAuth } from './server';
import { readSignedCookie } from './session-cookie';
import { isFreshSession, isPastAbsoluteLifetime, NOT_FRESH_MESSAGE, sessionPolicy } from './session-policy';
import { type AccountOrganization, type SessionRow, selectSessionByToken } from './session-query';

export type { AccountOrganization } from './session-query';

/** The session of a request, with the user's organizations (read in the same statement). */
export interface RequestSession extends AuthSession {
  organizations: AccountOrganization[];
}

const sessionsByRequest = new WeakMap<Request, Promise<RequestSession | null>>();
const settledSessions = new WeakMap<Request, RequestSession | null>();

/**
 * The impersonation policy (impersonation-policy.ts) on the row already read: the impersonating admin
 * came with the session, so this costs no query.
 */
function isImpersonationOver(row: SessionRow, now: number): boolean {
  if (!row.session.impersonatedBy) return false;
  return (
    now >= impersonationDeadline(row.session).getTime() ||
    !isImpersonatorInGoodStanding(row.impersonator, now)
  );
}

/** better-auth's sliding expiry: the row is pushed forward once it is `updateAge` old. */
function isDueForRefresh(row: SessionRow, now: number): boolean {
  const { expiresInSeconds, updateAgeSeconds } = sessionPolicy;
  return row.session.expiresAt.getTime() - expiresInSeconds * 1000 + updateAgeSeconds * 1000 <= now;
}

async function readSession(request: Request): Promise<RequestSession | null> {
  const cookies = request.headers.get('cookie');
  // No cookie, no session: a first visit does not even set better-auth up.
  if (!cookies) return null;
  const auth = getAuth();
  const authContext = await auth.$context;
  const { authCookies, secret } = authContext;
  const token = await readSignedCookie(cookies, authCookies.sessionToken.name, secret);
  if (!token) return null;
  const db = getDatabase();
  const row = await selectSessionByToken(db, token);
  const now = Date.now();
  // A ban in force refuses the session even if a row survived (bans normally delete them all).
  if (!row || row.session.expiresAt.getTime() <= now || isBanInForce(row.user, now)) return null;
  if (isPastAbsoluteLifetime(row.session.createdAt, now) || isImpersonationOver(row, now)) {
    await authContext.internalAdapter.deleteSession(token);
    return null;
  }
  const organizations = row.organizations;
  // Once a day per session: better-auth moves the expiry forward and re-sets the cookie. Impersonation
  // sessions never slide, and "don't remember me" sessions are left to end with the browser.
  const refreshDue = !row.session.impersonatedBy && isDueForRefresh(row, now);
  if (refreshDue && !(await readSignedCookie(cookies, authCookies.dontRememberToken.name, secret))) {
    const refreshed = await auth.api.getSession({ headers: request.headers });
    return refreshed ? { ...refreshed, organizations } : null;
  }
  return { session: row.session, user: row.user, organizations };
}

/** The session of the request (the current Start request by default), looked up once per request. */
export function getSession(request: Request = getRequest()): Promise<RequestSession | null> {
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
export function peekSession(request: Request): RequestSession | null | undefined {
  return settledSessions.get(request);
}

/**
 * The session, if it was created within the session policy's fresh age; else a 403 with code
 * SESSION_NOT_FRESH, on which the UI asks for the password again (signing in anew makes a fresh session).
 * Operations that change credentials, email or two-factor, or delete things, require it.
 */
export async function requireFreshSession(request: Request = getRequest()): Promise<RequestSession> {
  const session = await requireSession(request);
  if (!isFreshSession(session.session.createdAt)) {
    throw new HttpError(403, NOT_FRESH_MESSAGE, SESSION_NOT_FRESH);
  }
  return session;
}

/** The session, or an UnauthorizedError (HTTP 401). */
export async function requireSession(request: Request = getRequest()): Promise<RequestSession> {
  const session = await getSession(request);
  if (!session) throw new UnauthorizedError();
  return session;
}

export interface AccountContext {
  user: AuthUser;
  isPersonal: boolean;
  isOrganization: boolean;
  activeOrganizationId: string | null;
  /** The user's role in the active organization; null on the personal account. */
  role: string | null;
  /** Every organization the user belongs to, by name. */
  organizations: AccountOrganization[];
}

/** Personal account or active organization (with the user's role in it); null when signed out. */
export async function getAccountContext(request: Request = getRequest()): Promise<AccountContext | null> {
  const current = await getSession(request);
  if (!current) return null;
  // A user removed from the active organization falls back to the personal account.
  const active = current.organizations.find((org) => org.id === current.session.activeOrganizationId);
  return {
    user: current.user,
    isPersonal: !active,
    isOrganization: Boolean(active),
    activeOrganizationId: active?.id ?? null,
    role: active?.role ?? null,
    organizations: current.organizations,
  };
}

/** The active organization's id; redirects to the dashboard when the personal account is active. */
export async function requireActiveOrganizationId(request: Request = getRequest()): Promise<string> {
  const context = await getAccountContext(request);
  if (!context) throw new UnauthorizedError();
  if (!context.activeOrganizationId) throw redirect({ to: '/dashboard' });
  return context.activeOrganizationId;
}
