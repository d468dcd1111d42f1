import type { Database } from '@kit/database';
import * as schema from '@kit/database/schema';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { createAuthMiddleware } from 'better-auth/api';
import { tanstackStartCookies } from 'better-auth/tanstack-start';
import { CLIENT_IP_HEADER } from './client-ip';
import type { AuthEnv } from './env';
import { auditAdminMutation, auditStopImpersonating } from './hooks/admin-audit';
import { refuseRemovingSoleOwners } from './hooks/sole-owner-guard';
import { adminPlugin } from './plugins/admin';
import { organizationPlugin } from './plugins/organization';
import { sessionPolicy } from './session-policy';

export function createAuth(db: Database, env: AuthEnv) {
  return betterAuth({
    appName: 'Kit',
    baseURL: env.baseUrl,
    secret: env.secret,
    trustedOrigins: env.trustedOrigins,
    database: drizzleAdapter(db, { provider: 'pg', schema }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
    },
    session: {
      expiresIn: sessionPolicy.expiresInSeconds,
      updateAge: sessionPolicy.updateAgeSeconds,
      freshAge: sessionPolicy.freshAgeSeconds,
      // Every request reads the session row, so revoking a session takes effect at once.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: env.rateLimitEnabled,
      storage: 'database',
      modelName: 'rateLimit',
    },
    advanced: {
      database: { generateId: () => crypto.randomUUID(), joins: true },
      cookiePrefix: 'kit',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      useSecureCookies: env.baseUrl.startsWith('https://'),
      // Set by the app's auth route from the socket (or a trusted proxy), never taken from the client.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        await refuseRemovingSoleOwners(ctx);
        await auditStopImpersonating(ctx);
      }),
      after: createAuthMiddleware(async (ctx) => {
        await auditAdminMutation(ctx);
      }),
    },
    plugins: [
      organizationPlugin(),
      adminPlugin(),
      // Must stay last: it copies better-auth's Set-Cookie headers onto Start's response.
      tanstackStartCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
export type AuthSession = Auth['$Infer']['Session'];
export type AuthUser = AuthSession['user'];
