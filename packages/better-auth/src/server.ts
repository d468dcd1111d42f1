import { getDatabase } from '@kit/database';
import type { AuthConfiguration } from './auth-configuration';
import { type Auth, createAuth } from './create-auth';
import { type AuthEnv, parseAuthEnv } from './env';
import { offeredSignInMethods } from './sign-in/offered-methods';
import { allSignInMethods, type OfferedSignInMethods } from './sign-in-methods';

export type { AuthConfiguration } from './auth-configuration';
export type { AuthEmailMessage, AuthEmails } from './auth-emails';
export { CLIENT_IP_HEADER, resolveClientIp, withClientIp } from './client-ip';
export type { Auth, AuthSession, AuthUser } from './create-auth';
export type { AuthEnv } from './env';

export type { OfferedSignInMethods, SignInMethods } from './sign-in-methods';

// On globalThis: the server's plugins and its request handler may hold separate copies of this module.
const globalForAuth = globalThis as typeof globalThis & {
  __kitAuth?: Auth;
  __kitAuthEnv?: AuthEnv;
  __kitAuthConfiguration?: AuthConfiguration;
};

/** Called once by the app when its server starts (apps/web/src/server-plugins/configure-auth.ts). */
export function configureAuth(
  configuration: Pick<AuthConfiguration, 'emails'> & Partial<AuthConfiguration>,
): void {
  globalForAuth.__kitAuthConfiguration = {
    signInMethods: allSignInMethods,
    signInPath: '/auth/sign-in',
    twoFactorPath: '/auth/two-factor',
    ...configuration,
  };
  globalForAuth.__kitAuth = undefined;
}

/** The validated environment, read once per process. */
export function getAuthEnv(): AuthEnv {
  globalForAuth.__kitAuthEnv ??= parseAuthEnv();
  return globalForAuth.__kitAuthEnv;
}

/** The app's better-auth instance, created on first use from the environment and the app's configuration. */
export function getAuth(): Auth {
  globalForAuth.__kitAuth ??= createAuth(getDatabase(), getAuthEnv(), requireConfiguration());
  return globalForAuth.__kitAuth;
}

/** The sign-in methods the pages offer: the app's configuration, less the providers without keys. */
export function getOfferedSignInMethods(): OfferedSignInMethods {
  return offeredSignInMethods(requireConfiguration().signInMethods, getAuthEnv());
}

function requireConfiguration(): AuthConfiguration {
  const configuration = globalForAuth.__kitAuthConfiguration;
  if (!configuration) {
    throw new Error(
      'configureAuth() has not run: the app configures @kit/better-auth when its server starts.',
    );
  }
  return configuration;
}
