// The impersonation policy on every better-auth path: get-session (which the app's getSession() goes
// through) after it ran, every other endpoint acting with a session before it runs.
import { APIError, getSessionFromCtx } from 'better-auth/api';
import {
  expiresAfterImpersonationDeadline,
  impersonationDeadline,
  impersonationHasEnded,
  type SessionTimes,
} from '../impersonation-policy';
import type { HookContext } from './hook-context';

const GET_SESSION_PATH = '/get-session';

type SessionRow = SessionTimes & { token: string };

/** Ends the session when the policy says so; else undoes a refresh that slid it past its deadline. */
async function applyImpersonationPolicy(ctx: HookContext, session: SessionRow): Promise<'ended' | 'kept'> {
  if (!session.impersonatedBy) return 'kept';
  if (await impersonationHasEnded(session)) {
    await ctx.context.internalAdapter.deleteSession(session.token);
    return 'ended';
  }
  if (expiresAfterImpersonationDeadline(session)) {
    await ctx.context.internalAdapter.updateSession(session.token, {
      expiresAt: impersonationDeadline(session),
    });
  }
  return 'kept';
}

/** Before any endpoint but get-session: an impersonation past its terms is deleted and answered 401. */
export async function enforceImpersonationPolicy(ctx: HookContext): Promise<void> {
  if (ctx.path === GET_SESSION_PATH || !ctx.headers?.get('cookie')?.includes('session_token')) return;
  const current = await getSessionFromCtx(ctx);
  if (!current || (await applyImpersonationPolicy(ctx, current.session)) === 'kept') return;
  throw new APIError('UNAUTHORIZED', {
    code: 'IMPERSONATION_ENDED',
    message: 'This impersonation session has ended.',
  });
}

/** After get-session: an impersonation past its terms is deleted and read as no session. */
export async function endImpersonationOnGetSession(ctx: HookContext) {
  if (ctx.path !== GET_SESSION_PATH) return;
  const returned = ctx.context.returned as { session?: SessionRow } | null | undefined;
  if (!returned?.session) return;
  if ((await applyImpersonationPolicy(ctx, returned.session)) === 'ended') return ctx.json(null);
}
