import { passkey } from '@better-auth/passkey';
import type { BetterAuthPlugin } from 'better-auth';
import { createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';
import { genericOAuth, magicLink } from 'better-auth/plugins';
import type { AuthEmails } from '../auth-emails';
import type { AuthEnv } from '../env';
import { type OfferedSignInMethods, OIDC_PROVIDER_ID } from '../sign-in-methods';
import { requireAdvertisedIssuerParameter } from './issuer-parameter';
import { hashMagicLinkToken, sendMagicLinkToUser } from './magic-link';
import { passkeySignInRequiresUserVerification, requireUserVerification } from './passkey-user-verification';

const MAGIC_LINK_LIFETIME_SECONDS = 15 * 60;

/** better-auth's social providers for the offered ones (Google, GitHub). */
export function socialProviders(offered: OfferedSignInMethods, env: AuthEnv) {
  const has = (id: string) => offered.providers.some((provider) => provider.id === id);
  return {
    ...(has('google') && env.oauth.google
      ? { google: { ...env.oauth.google, prompt: 'select_account' as const } }
      : {}),
    ...(has('github') && env.oauth.github ? { github: env.oauth.github } : {}),
  };
}

/** The plugins of the offered methods that need one: magic link, passkey, the OpenID provider. */
export function signInPlugins(
  offered: OfferedSignInMethods,
  env: AuthEnv,
  emails: AuthEmails,
  /** Where a refused provider callback lands (with `?error=`). */
  errorUrl: string,
): BetterAuthPlugin[] {
  const plugins: BetterAuthPlugin[] = [];
  if (offered.magicLink) {
    plugins.push(
      magicLink({
        expiresIn: MAGIC_LINK_LIFETIME_SECONDS,
        // Existing users only: signing up asks for a name and a password (or a provider).
        disableSignUp: true,
        // Stored hashed: a leaked verification table does not sign anyone in.
        storeToken: { type: 'custom-hasher', hash: async (token) => hashMagicLinkToken(token) },
        sendMagicLink: ({ email, url }, ctx) => sendMagicLinkToUser(ctx, email, url, emails),
      }),
    );
  }
  if (offered.passkey) {
    const { hostname } = new URL(env.baseUrl);
    plugins.push(
      passkey({
        rpID: hostname,
        rpName: 'Kit',
        origin: env.baseUrl,
        authenticatorSelection: { userVerification: 'required' },
        authentication: { afterVerification: requireUserVerification },
      }),
      passkeySignInRequiresUserVerification,
      passkeyUserNameIsTheEmail,
    );
  }
  const oidc = env.oauth.oidc;
  if (oidc && offered.providers.some((provider) => provider.id === OIDC_PROVIDER_ID)) {
    plugins.push(
      genericOAuth({
        config: [
          {
            providerId: OIDC_PROVIDER_ID,
            name: oidc.name,
            discoveryUrl: oidc.discoveryUrl,
            clientId: oidc.clientId,
            clientSecret: oidc.clientSecret,
            scopes: ['openid', 'email', 'profile'],
            pkce: true,
            // The id_token's signature, issuer, audience and nonce are checked against the discovery document.
            requireIdTokenVerification: true,
          },
        ],
      }),
      requireAdvertisedIssuerParameter({
        providerId: OIDC_PROVIDER_ID,
        discoveryUrl: oidc.discoveryUrl,
        errorUrl,
      }),
    );
  }
  return plugins;
}

/**
 * The passkey plugin names the WebAuthn user (`user.name`) after the passkey's own name ("Work laptop") when one is
 * given, so the browser's and the OS's passkey lists would not say which user a passkey signs in as.
 * The WebAuthn user name is the email; the name stays the passkey's label in settings.
 */
const passkeyUserNameIsTheEmail: BetterAuthPlugin = {
  id: 'kit-passkey-user-name',
  hooks: {
    before: [
      {
        matcher: (ctx) => ctx.path === '/passkey/generate-register-options',
        handler: createAuthMiddleware(async (ctx) => {
          const current = await getSessionFromCtx(ctx);
          if (!current) return; // the endpoint answers 401 itself
          return { context: { query: { ...ctx.query, name: current.user.email } } };
        }),
      },
    ],
  },
};
