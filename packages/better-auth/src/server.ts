import { getDatabase } from '@kit/database';
import { getAuthEnv, globalForAuth, requireAuthConfiguration } from './auth-setup';
import { type Auth, createAuth } from './create-auth';

export type { AuthConfiguration } from './auth-configuration';
export type { AuthEmailMessage, AuthEmails } from './auth-emails';
export { configureAuth, getAuthEnv, getOfferedSignInMethods, loadAuth } from './auth-setup';
export { CLIENT_IP_HEADER, resolveClientIp, withClientIp } from './client-ip';
export type { Auth, AuthSession, AuthUser } from './create-auth';
export type { AuthEnv } from './env';

export type { OfferedSignInMethods, SignInMethods } from './sign-in-methods';

/**
 * The app's better-auth instance, created on first use from the environment and the app's configuration.
 * Importing this module loads better-auth and the database client: code on the path of every request
 * (a page without a session, the server's start) calls `loadAuth()` from `./setup` instead.
 */
export function getAuth(): Auth {
  globalForAuth.__kitAuth ??= createAuth(getDatabase(), getAuthEnv(), requireAuthConfiguration());
  return globalForAuth.__kitAuth;
}
