import { createHash } from 'node:crypto';
import type { GenericEndpointContext } from 'better-auth';
import type { AuthEmails } from '../auth-emails';
import type { HookContext } from '../hooks/hook-context';
import { isTrustedRedirect, untrustedRedirect } from '../hooks/redirect-targets';

export const TWO_FACTOR_REQUIRED = 'two_factor_required';
const BANNED_USER = 'BANNED_USER';
const VERIFY_PATH = '/magic-link/verify';

/** How the plugin stores a link's token (`storeToken`): only its SHA-256, so a leaked table opens nothing. */
export function hashMagicLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * Emails the link only when the address is a user's who is not banned; the answer is the same either
 * way (the plugin always answers `{ status: true }`, and the email goes out in the background).
 */
export async function sendMagicLinkToUser(
  ctx: GenericEndpointContext | undefined,
  email: string,
  url: string,
  emails: AuthEmails,
): Promise<void> {
  if (!ctx) return;
  const found = await ctx.context.internalAdapter.findUserByEmail(email.toLowerCase());
  if (!found || isBanned(found.user)) return;
  await emails.sendMagicLinkEmail(
    { user: { email: found.user.email, name: found.user.name }, url },
    ctx.request,
  );
}

/**
 * Before a link is used: an email link alone must not pass a user's second factor, and a link
 * followed after its user was banned opens nothing. Either way the person lands on the sign-in page
 * with the reason (not on a bare 403: they came from an email), and no session is opened.
 */
export async function refuseMagicLinkForUser(ctx: HookContext): Promise<void> {
  if (ctx.path !== VERIFY_PATH) return;
  const token = readQuery(ctx, 'token');
  if (!token) return; // the endpoint refuses it itself
  const pending = await ctx.context.internalAdapter.findVerificationValue(
    `magic-link:${hashMagicLinkToken(token)}`,
  );
  const email = pending ? emailOf(pending.value) : undefined;
  if (!email) return; // unknown, used or expired: the endpoint says so
  const found = await ctx.context.internalAdapter.findUserByEmail(email.toLowerCase());
  if (!found) return;
  const refusal = isBanned(found.user)
    ? BANNED_USER
    : (found.user as { twoFactorEnabled?: boolean | null }).twoFactorEnabled
      ? TWO_FACTOR_REQUIRED
      : undefined;
  if (!refusal) return;
  // Checked here too, not only by refuseUntrustedRedirects: this redirect is built before the endpoint's
  // own origin check runs, and the link is not used up, so an off-site target would be a lasting open redirect.
  const target = readQuery(ctx, 'errorCallbackURL') ?? '/';
  if (!isTrustedRedirect(ctx, target)) throw untrustedRedirect('errorCallbackURL');
  const errorUrl = new URL(target, ctx.context.baseURL);
  errorUrl.searchParams.set('error', refusal);
  throw ctx.redirect(errorUrl.toString());
}

function emailOf(value: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    const email = parsed && typeof parsed === 'object' ? (parsed as { email?: unknown }).email : undefined;
    return typeof email === 'string' ? email : undefined;
  } catch {
    return undefined;
  }
}

function isBanned(user: object): boolean {
  const { banned, banExpires } = user as { banned?: unknown; banExpires?: unknown };
  if (banned !== true) return false;
  return !(banExpires instanceof Date) || banExpires.getTime() > Date.now();
}

function readQuery(ctx: HookContext, name: string): string | undefined {
  const value = (ctx.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}
