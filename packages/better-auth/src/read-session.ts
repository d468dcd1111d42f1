// The session read itself, for a request that carries cookies: better-auth's cookie names and secret,
// the signed cookie, and the one SQL statement. Loaded by context.ts with the first such request, so
// that the server's start and anonymous pages load neither better-auth nor the database client.

import { getDatabase } from '@kit/database';
import type { Identity } from './context';
import type { AuthSession } from './create-auth';
import type { Membership } from './identity';
import { type PageData, pageDataSelectionFor } from './page-data';
import { getAuth } from './server';
import { carriesCookieMoreThanOnce, readSignedCookie } from './session-cookie';
import { selectSessionByToken } from './session-query';
import { isDueForRefresh, sessionRowState } from './session-row';

function toIdentity(
  session: AuthSession['session'],
  user: AuthSession['user'],
  organizations: Membership[],
  pageData: PageData | undefined,
): Identity {
  const active = organizations.find((org) => org.id === session.activeOrganizationId);
  return {
    session,
    user,
    organizations,
    activeOrganizationId: active?.id ?? null,
    role: active?.role ?? null,
    subscription: active?.subscription ?? null,
    ...(pageData ? { pageData } : {}),
  };
}

/** The identity behind the request's cookies (context.ts's getSession() memoizes it per request). */
export async function readSessionFromCookies(request: Request, cookies: string): Promise<Identity | null> {
  const auth = getAuth();
  const authContext = await auth.$context;
  const { authCookies, secret } = authContext;
  // Two session cookies: signed out, as the auth handler reads it too (plugins/one-session-cookie.ts).
  if (carriesCookieMoreThanOnce(cookies, authCookies.sessionToken.name)) return null;
  const token = await readSignedCookie(cookies, authCookies.sessionToken.name, secret);
  if (!token) return null;
  const selection = await pageDataSelectionFor(request);
  const row = await selectSessionByToken(getDatabase(), token, selection);
  const now = Date.now();
  const state = sessionRowState(row, now);
  if (!row || state === 'none') return null;
  if (state === 'ended') {
    await authContext.internalAdapter.deleteSession(token);
    return null;
  }
  const organizations = row.organizations;
  const pageData = selection ? { name: selection.name, value: row.pageData } : undefined;
  // Once a day per session: better-auth moves the expiry forward and re-sets the cookie. Impersonation
  // sessions never slide, and "don't remember me" sessions are left to end with the browser.
  const refreshDue = !row.session.impersonatedBy && isDueForRefresh(row.session, now);
  if (refreshDue && !(await readSignedCookie(cookies, authCookies.dontRememberToken.name, secret))) {
    const refreshed = await auth.api.getSession({ headers: request.headers });
    return refreshed ? toIdentity(refreshed.session, refreshed.user, organizations, pageData) : null;
  }
  return toIdentity(row.session, row.user, organizations, pageData);
}
