import type { GenericEndpointContext } from 'better-auth';
import { deleteSessionCookie } from 'better-auth/cookies';
import type { AuthEmails } from '../auth-emails';
import type { HookContext } from '../hooks/hook-context';

export const TWO_FACTOR_REQUIRED = 'two_factor_required';

/**
 * Emails the link only when the address has an account; the answer is the same either way (the plugin
 * always answers `{ status: true }`, and the email goes out in the background).
 */
export async function sendMagicLinkToAccount(
  ctx: GenericEndpointContext | undefined,
  email: string,
  url: string,
  emails: AuthEmails,
): Promise<void> {
  if (!ctx) return;
  const found = await ctx.context.internalAdapter.findUserByEmail(email.toLowerCase());
  if (!found) return;
  await emails.sendMagicLinkEmail(
    { user: { email: found.user.email, name: found.user.name }, url },
    ctx.request,
  );
}

/**
 * An email link alone must not pass an account's second factor: the session the link just opened is
 * closed again, and the person is sent to sign in with password and code.
 */
export async function refuseMagicLinkPastTwoFactor(ctx: HookContext): Promise<void> {
  if (ctx.path !== '/magic-link/verify') return;
  const opened = ctx.context.newSession;
  if (!opened?.user.twoFactorEnabled) return;
  deleteSessionCookie(ctx, true);
  await ctx.context.internalAdapter.deleteSession(opened.session.token);
  ctx.context.setNewSession(null);
  const errorUrl = new URL(readQuery(ctx, 'errorCallbackURL') ?? '/', ctx.context.baseURL);
  errorUrl.searchParams.set('error', TWO_FACTOR_REQUIRED);
  throw ctx.redirect(errorUrl.toString());
}

function readQuery(ctx: HookContext, name: string): string | undefined {
  const value = (ctx.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}
