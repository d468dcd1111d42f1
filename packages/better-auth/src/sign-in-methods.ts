// Browser-safe: the sign-in pages read what the server offers through these types.

/**
 * Which ways to sign in the app offers. The app passes its choice to `configureAuth`
 * (apps/web/src/sign-in-methods.ts); a provider is offered only when its keys are also set in the
 * environment, so a fork with no keys offers email + password, magic links and passkeys.
 */
export interface SignInMethods {
  emailAndPassword: boolean;
  /** A one-time link by email, for existing users. */
  magicLink: boolean;
  /** WebAuthn; added in settings, used from the browser's autofill on the sign-in page. */
  passkey: boolean;
  /** GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET. */
  google: boolean;
  /** GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET. */
  github: boolean;
  /** Any OpenID provider (Okta, Keycloak, Entra) by OIDC_DISCOVERY_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET. */
  oidc: boolean;
  /**
   * Sign-in and linking with an id token the browser got from a provider's own SDK (Google One Tap)
   * instead of the redirect. Off by default: such a token skips state and PKCE. On, a client must first
   * take a nonce from `POST /api/auth/id-token/nonce` and have the provider put it in the token.
   */
  idTokenSignIn?: boolean;
}

export const allSignInMethods: SignInMethods = {
  emailAndPassword: true,
  magicLink: true,
  passkey: true,
  google: true,
  github: true,
  oidc: true,
};

export type SocialProviderId = 'google' | 'github';
/** better-auth's provider id of the email + password linked account. */
export const PASSWORD_PROVIDER_ID = 'credential';
/** The OpenID provider's id: it signs in through /sign-in/social too; its callback is /api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = 'oidc';

export interface OfferedProvider {
  id: SocialProviderId | typeof OIDC_PROVIDER_ID;
  /** The button's label: "Google", "GitHub" or OIDC_PROVIDER_NAME. */
  name: string;
}

/** What the sign-in and settings pages show, given the configuration and the keys that are set. */
export interface OfferedSignInMethods {
  emailAndPassword: boolean;
  magicLink: boolean;
  passkey: boolean;
  providers: OfferedProvider[];
}
