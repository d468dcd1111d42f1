import type { SignInMethods } from '@kit/better-auth/sign-in-methods';

/**
 * The ways people sign in: edit this object to turn a method off. Google, GitHub and the OpenID provider
 * are offered only when their keys are also set in the environment (README, "Environment"); with no keys,
 * the sign-in page offers email + password and a magic link, and passkeys come from the browser's autofill.
 */
export const signInMethods: SignInMethods = {
  emailAndPassword: true,
  magicLink: true,
  passkey: true,
  google: true,
  github: true,
  oidc: true,
  // An id token posted by the browser instead of the redirect: off (README, "Sign-in methods").
  idTokenSignIn: false,
};
