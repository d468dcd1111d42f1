// GET /api/auth/get-session answered from the request's one-statement identity read (context.ts)
// instead of through better-auth's handler: the same JSON and headers, without the handler's routing,
// hooks and second parse of the cookie. A session due for its sliding refresh is refreshed by that read
// (better-auth re-sets the cookie), so nothing of better-auth's behaviour is lost.
import { parseSessionOutput, parseUserOutput } from 'better-auth/db';
import { getSession } from './context';
import { getAuth } from './server';

export const GET_SESSION_PATH = '/api/auth/get-session';

/**
 * The answer to a plain `GET /api/auth/get-session`, or null to let better-auth answer: a query it
 * interprets (`disableRefresh`, `disableCookieCache`), or no valid session (better-auth then also
 * expires the stale cookie).
 */
export async function answerGetSession(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.pathname !== GET_SESSION_PATH || url.search) return null;
  const identity = await getSession(request);
  if (!identity) return null;
  const { options } = await getAuth().$context;
  return Response.json(
    { session: parseSessionOutput(options, identity.session), user: parseUserOutput(options, identity.user) },
    { headers: { 'cache-control': 'no-store', pragma: 'no-cache' } },
  );
}
