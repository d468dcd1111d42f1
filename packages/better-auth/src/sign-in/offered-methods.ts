import type { AuthEnv } from '../env';
import { type OfferedSignInMethods, OIDC_PROVIDER_ID, type SignInMethods } from '../sign-in-methods';

/** The configured methods, with each provider kept only when its keys are set. */
export function offeredSignInMethods(methods: SignInMethods, env: AuthEnv): OfferedSignInMethods {
  const providers: OfferedSignInMethods['providers'] = [];
  if (methods.google && env.oauth.google) providers.push({ id: 'google', name: 'Google' });
  if (methods.github && env.oauth.github) providers.push({ id: 'github', name: 'GitHub' });
  if (methods.oidc && env.oauth.oidc) {
    providers.push({ id: OIDC_PROVIDER_ID, name: env.oauth.oidc.name });
  }
  return {
    emailAndPassword: methods.emailAndPassword,
    magicLink: methods.magicLink,
    passkey: methods.passkey,
    providers,
  };
}
