// The absolute session lifetime on every better-auth path. get-session (which the app's getSession()
// calls too) is checked after it ran, so that reading a session stays one query; the other endpoints
// that act with the session are checked before they run.
import { APIError, getSessionFromCtx } from 'better-auth/api';
import { isPastAbsoluteLifetime } from '../session-policy';
import type { HookContext } from './hook-context';

const GET_SESSION_PATH = '/get-session';

function hasSessionCookie(ctx: HookContext): boolean {
  return Boolean(ctx.headers?.get('cookie')?.includes('session_token'));
}

/** Before any endpoint but get-session: a session past the cap is deleted and the call answered 401. */
export async function enforceAbsoluteSessionLifetime(ctx: HookContext): Promise<void> {
  if (ctx.path === GET_SESSION_PATH || !hasSessionCookie(ctx)) return;
  const current = await getSessionFromCtx(ctx);
  if (!current || !isPastAbsoluteLifetime(current.session.createdAt)) return;
  await ctx.context.internalAdapter.deleteSession(current.session.token);
  throw new APIError('UNAUTHORIZED', {
    code: 'SESSION_EXPIRED',
    message: 'Your session has ended. Sign in again.',
  });
}

/** After get-session: a session past the cap is deleted and read as no session. */
export async function dropSessionPastLifetime(ctx: HookContext) {
  if (ctx.path !== GET_SESSION_PATH) return;
  const returned = ctx.context.returned as
    | { session?: { token: string; createdAt: Date | string } }
    | null
    | undefined;
  if (!returned?.session || !isPastAbsoluteLifetime(returned.session.createdAt)) return;
  await ctx.context.internalAdapter.deleteSession(returned.session.token);
  return ctx.json(null);
}
