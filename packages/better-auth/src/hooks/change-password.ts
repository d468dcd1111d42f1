import type { HookContext } from './hook-context';

/**
 * Changing the password always ends the user's other sessions, whatever the client asked: someone
 * who changes a password because it leaked must not leave the intruder signed in.
 */
export function revokeOtherSessionsOnPasswordChange(ctx: HookContext) {
  if (ctx.path !== '/change-password' || !ctx.body || typeof ctx.body !== 'object') return undefined;
  return { context: { body: { ...(ctx.body as Record<string, unknown>), revokeOtherSessions: true } } };
}
