import type { HookContext } from './hook-context';

/**
 * After a password sign-in that opened a session: the session the browser held until now is revoked, so
 * confirming the password before a sensitive change (which signs in again) leaves one session, not the
 * old one beside the new. This runs before the two-factor plugin's hook, which takes the new session back
 * to ask for a code and clears the browser's session cookie either way: the code then opens the one
 * session. Only the request's own cookie is revoked: the person's other browsers keep theirs.
 */
export async function revokeReplacedSession(ctx: HookContext): Promise<void> {
  if (ctx.path !== '/sign-in/email') return;
  const opened = ctx.context.newSession;
  if (!opened) return;
  const previous = await ctx.getSignedCookie(ctx.context.authCookies.sessionToken.name, ctx.context.secret);
  if (!previous || previous === opened.session.token) return;
  await ctx.context.internalAdapter.deleteSession(previous);
}
