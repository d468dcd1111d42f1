import type { BetterAuthPlugin } from 'better-auth';
import { carriesCookieMoreThanOnce, withoutCookie } from '../session-cookie';

/**
 * A request to the auth API that carries the session cookie twice is handled as signed out: both are
 * dropped before any endpoint or hook reads them, as the app's own session read ignores them
 * (context.ts). Otherwise better-auth would act with the first while the app read the last.
 */
export const oneSessionCookie: BetterAuthPlugin = {
  id: 'kit-one-session-cookie',
  onRequest: async (request, ctx) => {
    const name = ctx.authCookies.sessionToken.name;
    const cookies = request.headers.get('cookie');
    if (!cookies || !carriesCookieMoreThanOnce(cookies, name)) return;
    const headers = new Headers(request.headers);
    headers.set('cookie', withoutCookie(cookies, name));
    return { request: new Request(request, { headers }) };
  },
};
