// What the app sets up once (configureAuth) and what is read from the environment, without better-auth
// itself: the server's start and a first anonymous page load import this module only, and better-auth,
// its plugins and the database client load with the first request that needs them (`loadAuth`).
import type { AuthConfiguration } from './auth-configuration';
import type { Auth } from './create-auth';
import { type AuthEnv, parseAuthEnv } from './env';
import { offeredSignInMethods } from './sign-in/offered-methods';
import { allSignInMethods, type OfferedSignInMethods } from './sign-in-methods';

// On globalThis: the server's plugins and its request handler may hold separate copies of this module.
export const globalForAuth = globalThis as typeof globalThis & {
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

/** The sign-in methods the pages offer: the app's configuration, less the providers without keys. */
export function getOfferedSignInMethods(): OfferedSignInMethods {
  return offeredSignInMethods(requireAuthConfiguration().signInMethods, getAuthEnv());
}

export function requireAuthConfiguration(): AuthConfiguration {
  const configuration = globalForAuth.__kitAuthConfiguration;
  if (!configuration) {
    throw new Error(
      'configureAuth() has not run: the app configures @kit/better-auth when its server starts.',
    );
  }
  return configuration;
}

/** The app's better-auth instance, loading better-auth (and the database client) on first use. */
export async function loadAuth(): Promise<Auth> {
  if (globalForAuth.__kitAuth) return globalForAuth.__kitAuth;
  const { getAuth } = await import('./server');
  return getAuth();
}
