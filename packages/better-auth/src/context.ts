// The one place that reads "who is asking" for the current request. Every guard, loader and server
// function goes through getSession(), which memoizes the lookup per Request object.

import { getDatabase } from '@kit/database';
import { member } from '@kit/database/schema';
import { redirect } from '@tanstack/react-router';
import { getRequest } from '@tanstack/react-start/server';
import { and, eq } from 'drizzle-orm';
import type { AuthSession, AuthUser } from './create-auth';
import { HttpError, SESSION_NOT_FRESH, UnauthorizedError } from './errors';
import { getAuth } from './server';
import { sessionPolicy } from './session-policy';

export {
  ForbiddenError,
  HttpError,
  NotFoundError,
  SESSION_NOT_FRESH,
  UnauthorizedError,
  ValidationError,
} from './errors';

const sessionsByRequest = new WeakMap<Request, Promise<AuthSession | null>>();
const accountsByRequest = new WeakMap<Request, Promise<AccountContext | null>>();

/** A ban in force refuses the session even if a row survived (bans normally delete them all). */
function isBanned(user: AuthUser): boolean {
  if (!user.banned) return false;
  return !user.banExpires || new Date(user.banExpires).getTime() > Date.now();
}

/** The session of the request (the current Start request by default), looked up once per request. */
export function getSession(request: Request = getRequest()): Promise<AuthSession | null> {
  let pending = sessionsByRequest.get(request);
  if (!pending) {
    pending = getAuth()
      .api.getSession({ headers: request.headers })
      .then((session) => (session && !isBanned(session.user) ? session : null));
    sessionsByRequest.set(request, pending);
  }
  return pending;
}

/**
 * The session, if it was created within the session policy's fresh age; else a 403 with code
 * SESSION_NOT_FRESH, on which the UI asks for the password again (signing in anew makes a fresh session).
 * Operations that change credentials, email or two-factor, or delete things, require it.
 */
export async function requireFreshSession(request: Request = getRequest()): Promise<AuthSession> {
  const session = await requireSession(request);
  const ageMs = Date.now() - new Date(session.session.createdAt).getTime();
  if (ageMs > sessionPolicy.freshAgeSeconds * 1000) {
    throw new HttpError(403, 'For your security, confirm your password to continue.', SESSION_NOT_FRESH);
  }
  return session;
}

/** The session, or an UnauthorizedError (HTTP 401). */
export async function requireSession(request: Request = getRequest()): Promise<AuthSession> {
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
}

async function loadAccountContext(request: Request): Promise<AccountContext | null> {
  const session = await getSession(request);
  if (!session) return null;
  const organizationId = session.session.activeOrganizationId ?? null;
  const membership = organizationId
    ? await getDatabase()
        .select({ role: member.role })
        .from(member)
        .where(and(eq(member.organizationId, organizationId), eq(member.userId, session.user.id)))
        .limit(1)
    : [];
  // A user removed from the active organization falls back to the personal account.
  const role = membership[0]?.role ?? null;
  const activeOrganizationId = role ? organizationId : null;
  return {
    user: session.user,
    isPersonal: activeOrganizationId === null,
    isOrganization: activeOrganizationId !== null,
    activeOrganizationId,
    role,
  };
}

/** Personal account or active organization (with the user's role in it); null when signed out. */
export function getAccountContext(request: Request = getRequest()): Promise<AccountContext | null> {
  let pending = accountsByRequest.get(request);
  if (!pending) {
    pending = loadAccountContext(request);
    accountsByRequest.set(request, pending);
  }
  return pending;
}

/** The active organization's id; redirects to the dashboard when the personal account is active. */
export async function requireActiveOrganizationId(request: Request = getRequest()): Promise<string> {
  const context = await getAccountContext(request);
  if (!context) throw new UnauthorizedError();
  if (!context.activeOrganizationId) throw redirect({ to: '/dashboard' });
  return context.activeOrganizationId;
}
