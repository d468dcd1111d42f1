import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthEndpoint, createAuthMiddleware } from 'better-auth/api';
import { expireCookie } from 'better-auth/cookies';
import { constantTimeEqual, generateRandomString } from 'better-auth/crypto';
import * as z from 'zod';

const ID_TOKEN_PATHS = new Set(['/sign-in/social', '/link-social']);
const NONCE_COOKIE = 'id_token_nonce';
const NONCE_LIFETIME_SECONDS = 10 * 60;

export const ID_TOKEN_SIGN_IN_DISABLED = 'ID_TOKEN_SIGN_IN_DISABLED';
export const ID_TOKEN_NONCE_INVALID = 'ID_TOKEN_NONCE_INVALID';

const idTokenBody = z.object({ idToken: z.object({ nonce: z.string().optional() }).optional() });

/**
 * better-auth signs in (`/sign-in/social`) and links (`/link-social`) with an id token a client posts,
 * for every provider that can verify one (Google, any OpenID provider). That path skips state, PKCE and
 * the nonce bound to the browser: an id token issued to someone else (read from a log, a proxy, an
 * account row) signs in as them until it expires, with its own nonce copied alongside. So it is refused
 * unless the app switches it on (`SignInMethods.idTokenSignIn`), and then only with a nonce this server
 * issued to this browser (`POST /api/auth/id-token/nonce`: a signed cookie, and a verification row
 * that the first attempt uses up), which
 * better-auth then requires the token's `nonce` claim to match.
 */
export function idTokenSignIn(enabled: boolean): BetterAuthPlugin {
  return {
    id: 'kit-id-token-sign-in',
    endpoints: enabled ? { issueIdTokenNonce } : {},
    hooks: {
      before: [
        {
          matcher: (ctx) => ID_TOKEN_PATHS.has(ctx.path ?? ''),
          handler: createAuthMiddleware(async (ctx) => {
            const parsed = idTokenBody.safeParse(ctx.body);
            const idToken = parsed.success ? parsed.data.idToken : undefined;
            if (!idToken) return; // the redirect flow, or a body the endpoint refuses itself
            if (!enabled) {
              throw new APIError('FORBIDDEN', {
                code: ID_TOKEN_SIGN_IN_DISABLED,
                message: "Sign in through the provider's page: id tokens sent by a client are not accepted.",
              });
            }
            const cookie = ctx.context.createAuthCookie(NONCE_COOKIE);
            const issued = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
            expireCookie(ctx, cookie);
            // Used once: the row goes with the first attempt, whether or not the token then verifies.
            const unused =
              issued && idToken.nonce && constantTimeEqual(issued, idToken.nonce)
                ? await ctx.context.internalAdapter.consumeVerificationValue(nonceIdentifier(issued))
                : null;
            if (!unused) {
              throw new APIError('FORBIDDEN', {
                code: ID_TOKEN_NONCE_INVALID,
                message: 'Ask this server for a nonce first, and sign in with the id token issued for it.',
              });
            }
          }),
        },
      ],
    },
  };
}

/** A nonce for the provider's SDK to put in the id token it issues; bound to this browser by a cookie. */
const issueIdTokenNonce = createAuthEndpoint('/id-token/nonce', { method: 'POST' }, async (ctx) => {
  const nonce = generateRandomString(32);
  const cookie = ctx.context.createAuthCookie(NONCE_COOKIE, { maxAge: NONCE_LIFETIME_SECONDS });
  await ctx.context.internalAdapter.createVerificationValue({
    identifier: nonceIdentifier(nonce),
    value: 'unused',
    expiresAt: new Date(Date.now() + NONCE_LIFETIME_SECONDS * 1000),
  });
  await ctx.setSignedCookie(cookie.name, nonce, ctx.context.secret, cookie.attributes);
  return ctx.json({ nonce });
});

function nonceIdentifier(nonce: string): string {
  return `id-token-nonce:${nonce}`;
}
