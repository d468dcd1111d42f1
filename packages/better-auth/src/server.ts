import { getDatabase } from '@kit/database';
import type { AuthEmails } from './auth-emails';
import { type Auth, createAuth } from './create-auth';
import { type AuthEnv, parseAuthEnv } from './env';

export type { AuthEmailMessage, AuthEmails } from './auth-emails';
export { CLIENT_IP_HEADER, resolveClientIp, withClientIp } from './client-ip';
export type { Auth, AuthSession, AuthUser } from './create-auth';
export type { AuthEnv } from './env';

/** What the app decides: how the emails better-auth asks for are written and sent. */
export interface AuthConfiguration {
  emails: AuthEmails;
}

// On globalThis: the server's plugins and its request handler may hold separate copies of this module.
const globalForAuth = globalThis as typeof globalThis & {
  __kitAuth?: Auth;
  __kitAuthEnv?: AuthEnv;
  __kitAuthConfiguration?: AuthConfiguration;
};

/** Called once by the app when its server starts (apps/web/src/server-plugins/configure-auth.ts). */
export function configureAuth(configuration: AuthConfiguration): void {
  globalForAuth.__kitAuthConfiguration = configuration;
  globalForAuth.__kitAuth = undefined;
}

/** The validated environment, read once per process. */
export function getAuthEnv(): AuthEnv {
  globalForAuth.__kitAuthEnv ??= parseAuthEnv();
  return globalForAuth.__kitAuthEnv;
}

/** The app's better-auth instance, created on first use from the environment and the app's configuration. */
export function getAuth(): Auth {
  const configuration = globalForAuth.__kitAuthConfiguration;
  if (!configuration) {
    throw new Error(
      'configureAuth() has not run: the app configures @kit/better-auth when its server starts.',
    );
  }
  globalForAuth.__kitAuth ??= createAuth(getDatabase(), getAuthEnv(), configuration.emails);
  return globalForAuth.__kitAuth;
}
