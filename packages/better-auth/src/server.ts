import { getDatabase } from '@kit/database';
import { type Auth, createAuth } from './create-auth';
import { parseAuthEnv } from './env';

export { type Auth, type AuthSession, type AuthUser, createAuth } from './create-auth';
export { type AuthEnv, EnvError, parseAuthEnv } from './env';

const globalForAuth = globalThis as typeof globalThis & { __kitAuth?: Auth };

/** The app's better-auth instance, created on first use from the validated environment. */
export function getAuth(): Auth {
  globalForAuth.__kitAuth ??= createAuth(getDatabase(), parseAuthEnv());
  return globalForAuth.__kitAuth;
}
