import type { GenericEndpointContext } from 'better-auth';
import { getOAuthState } from 'better-auth/api';
import { generateRandomString } from 'better-auth/crypto';

// The pending sign-in better-auth's twoFactor plugin leaves for `/two-factor/verify-*`: its cookie, its
// verification rows (`2fa-<id>` holds the user, `2fa-attempts-<id>` the failed codes) and their lifetime.
const TWO_FACTOR_COOKIE = 'two_factor';
const PENDING_LIFETIME_SECONDS = 10 * 60;

/**
 * A provider sign-in into an account with two-factor on asks for the code, as a password sign-in does:
 * run as `databaseHooks.session.create.before`, it stops the provider callback before any session row
 * exists, leaves the twoFactor plugin's pending state in its place, and sends the browser to the app's
 * two-factor page (`?redirect=` the sign-in's own destination). A provider runs its own checks, but the
 * account's owner asked for this second factor; better-auth's twoFactor plugin only guards the password
 * paths. Other session paths pass: a password sign-in (the plugin's own step), the code itself, and a
 * passkey (user verification required: `passkey-user-verification.ts`).
 */
export async function askSecondFactorAfterProvider(
  session: { userId: string },
  ctx: GenericEndpointContext | null,
  twoFactorUrl: string,
): Promise<void> {
  if (!ctx?.path?.startsWith('/callback/')) return;
  const user = await ctx.context.internalAdapter.findUserById(session.userId);
  if (!(user as { twoFactorEnabled?: boolean | null } | null)?.twoFactorEnabled || !user) return;

  const identifier = `2fa-${generateRandomString(20)}`;
  const expiresAt = new Date(Date.now() + PENDING_LIFETIME_SECONDS * 1000);
  await ctx.context.internalAdapter.createVerificationValue({ identifier, value: user.id, expiresAt });
  await ctx.context.internalAdapter.createVerificationValue({
    identifier: `2fa-attempts-${identifier}`,
    value: '0',
    expiresAt,
  });
  const cookie = ctx.context.createAuthCookie(TWO_FACTOR_COOKIE, { maxAge: PENDING_LIFETIME_SECONDS });
  await ctx.setSignedCookie(cookie.name, identifier, ctx.context.secret, cookie.attributes);

  const target = new URL(twoFactorUrl);
  const destination = pathOnOrigin((await getOAuthState())?.callbackURL, target.origin);
  if (destination) target.searchParams.set('redirect', destination);
  throw ctx.redirect(target.toString());
}

/** The path (with query) of `url` when it is on `origin`; better-auth already refused other origins. */
function pathOnOrigin(url: string | undefined, origin: string): string | undefined {
  if (!url) return undefined;
  const parsed = new URL(url, origin);
  return parsed.origin === origin ? parsed.pathname + parsed.search : undefined;
}
