import type { GenericEndpointContext } from 'better-auth';
import { getOAuthState } from 'better-auth/api';
import { generateRandomString } from 'better-auth/crypto';

// The pending sign-in better-auth's twoFactor plugin leaves for `/two-factor/verify-*`: its cookie, its
// verification rows (`2fa-<id>` holds the user, `2fa-attempts-<id>` the failed codes) and their lifetime.
const TWO_FACTOR_COOKIE = 'two_factor';
const PENDING_LIFETIME_SECONDS = 10 * 60;

/**
 * A provider sign-in of a user with two-factor on asks for the code, as a password sign-in does:
 * run as `databaseHooks.session.create.before`, it stops the provider callback before any session row
 * exists, leaves the twoFactor plugin's pending state in its place, and sends the browser to the app's
 * two-factor page (`?redirect=` the sign-in's own destination). A provider runs its own checks, but the
 * user asked for this second factor; better-auth's twoFactor plugin only guards the password
 * paths. The emailed verification link (which signs in after confirming) is held the same way. Other
 * session paths pass: a password sign-in (the plugin's own step), the code itself, a session the user
 * already has being renewed, and a passkey (user verification required: `passkey-user-verification.ts`).
 * Magic links are refused before this (`magic-link.ts`).
 */
export async function askSecondFactorBeforeSession(
  session: { userId: string },
  ctx: GenericEndpointContext | null,
  twoFactorUrl: string,
): Promise<void> {
  if (!ctx) return;
  const destination = await oneFactorDestination(ctx);
  if (destination === undefined) return;
  const user = await ctx.context.internalAdapter.findUserById(session.userId);
  if (!user || !(user as { twoFactorEnabled?: boolean | null }).twoFactorEnabled) return;

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
  const back = pathOnOrigin(destination, target.origin);
  if (back) target.searchParams.set('redirect', back);
  throw ctx.redirect(target.toString());
}

/**
 * For the paths that open a session on one factor (a provider's word, or an emailed verification link,
 * which signs in after confirming the address): where the sign-in was to go (`null`: unsaid). Other
 * paths: `undefined`.
 */
async function oneFactorDestination(ctx: GenericEndpointContext): Promise<string | null | undefined> {
  if (ctx.path?.startsWith('/callback/')) return (await getOAuthState())?.callbackURL ?? null;
  if (ctx.path === '/verify-email') {
    const callbackURL = (ctx.query as Record<string, unknown> | undefined)?.callbackURL;
    return typeof callbackURL === 'string' ? callbackURL : null;
  }
  return undefined;
}

/** The path (with query) of `url` when it is on `origin`; better-auth already refused other origins. */
function pathOnOrigin(url: string | null, origin: string): string | undefined {
  if (!url) return undefined;
  const parsed = new URL(url, origin);
  return parsed.origin === origin ? parsed.pathname + parsed.search : undefined;
}
