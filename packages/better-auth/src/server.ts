import { getDatabase } from '@kit/database';
import { type Auth, createAuth } from './create-auth';
import { type AuthEnv, parseAuthEnv } from './env';

export {
  type AccountEmail,
  type AccountEmailInput,
  type AccountEmailWriter,
  provideAccountEmails,
} from './account-emails';
export { CLIENT_IP_HEADER, withClientIp } from './client-ip';
export { type Auth, type AuthSession, type AuthUser, createAuth } from './create-auth';
export { type AuthEnv, EnvError, parseAuthEnv } from './env';

const globalForAuth = globalThis as typeof globalThis & { __kitAuth?: Auth; __kitAuthEnv?: AuthEnv };

/** The validated environment, read once per process. */
export function getAuthEnv(): AuthEnv {
  globalForAuth.__kitAuthEnv ??= parseAuthEnv();
  return globalForAuth.__kitAuthEnv;
}

/** The app's better-auth instance, created on first use from the validated environment. */
export function getAuth(): Auth {
  globalForAuth.__kitAuth ??= createAuth(getDatabase(), getAuthEnv());
  return globalForAuth.__kitAuth;
}
