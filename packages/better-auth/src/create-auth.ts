import type { Database } from '@kit/database';
import * as schema from '@kit/database/schema';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { createAuthMiddleware } from 'better-auth/api';
import { twoFactor } from 'better-auth/plugins';
import { tanstackStartCookies } from 'better-auth/tanstack-start';
import { authLogger } from './auth-logger';
import { CLIENT_IP_HEADER } from './client-ip';
import type { AuthEnv } from './env';
import { fieldLimits } from './field-limits';
import { auditAdminMutation, auditStopImpersonating } from './hooks/admin-audit';
import { refuseMalformedAdminTarget } from './hooks/admin-target';
import { revokeOtherSessionsOnPasswordChange } from './hooks/change-password';
import { requireFreshSessionFor } from './hooks/fresh-session';
import {
  auditImpersonatedAuthCall,
  refuseAccountChangesWhileImpersonating,
} from './hooks/impersonation-guard';
import { endImpersonationOnGetSession, enforceImpersonationPolicy } from './hooks/impersonation-session';
import { refuseProfileOutsideLimits } from './hooks/profile-input';
import { dropSessionPastLifetime, enforceAbsoluteSessionLifetime } from './hooks/session-lifetime';
import { clearSignInLockout, countSignInFailure, refuseLockedSignIn } from './hooks/sign-in-lockout';
import {
  deleteOwnAccountKeepingOwners,
  refuseRemovingSoleOwners,
  removeUserKeepingOwners,
} from './hooks/sole-owner-guard';
import { adminPlugin } from './plugins/admin';
import { organizationPlugin } from './plugins/organization';
import { authRateLimitRules } from './rate-limit-rules';
import { createRateLimitStorage } from './rate-limit-storage';
import type { AuthConfiguration } from './server';
import { sessionPolicy } from './session-policy';
import { refuseMagicLinkForAccount } from './sign-in/magic-link';
import { offeredSignInMethods } from './sign-in/offered-methods';
import { verifiedIdentitiesOnly } from './sign-in/provider-identity';
import { signInPlugins, socialProviders } from './sign-in/provider-plugins';

const HOUR = 60 * 60;

export function createAuth(
  db: Database,
  env: AuthEnv,
  { emails, signInMethods, signInPath }: AuthConfiguration,
) {
  const offered = offeredSignInMethods(signInMethods, env);
  const signInUrl = new URL(signInPath, env.baseUrl).toString();
  return betterAuth({
    appName: 'Kit',
    logger: authLogger,
    baseURL: env.baseUrl,
    secret: env.secret,
    trustedOrigins: env.trustedOrigins,
    database: drizzleAdapter(db, { provider: 'pg', schema }),
    emailAndPassword: {
      enabled: offered.emailAndPassword,
      minPasswordLength: fieldLimits.passwordMinLength,
      maxPasswordLength: fieldLimits.passwordMaxLength,
      requireEmailVerification: env.requireEmailVerification,
      sendResetPassword: emails.sendPasswordResetEmail,
      resetPasswordTokenExpiresIn: HOUR,
      revokeSessionsOnPasswordReset: true,
      onPasswordReset: ({ user }) => clearSignInLockout(user.email),
    },
    emailVerification: {
      sendVerificationEmail: emails.sendVerificationEmail,
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: 24 * HOUR,
    },
    socialProviders: socialProviders(offered, env),
    account: {
      accountLinking: {
        enabled: true,
        // No provider is trusted by name: a link needs a verified email at both ends (sign-in/provider-identity.ts).
        trustedProviders: [],
        requireLocalEmailVerified: true,
        allowDifferentEmails: false,
      },
      encryptOAuthTokens: true,
    },
    user: {
      validateUserInfo: verifiedIdentitiesOnly,
      changeEmail: { enabled: true },
      deleteUser: { enabled: true, beforeDelete: deleteOwnAccountKeepingOwners },
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
      // In the database, so every instance shares the counts: one statement a request.
      customStorage: createRateLimitStorage(db),
      customRules: authRateLimitRules,
    },
    // A provider callback that cannot say where to go (a lost or forged state) lands on the sign-in page.
    onAPIError: { errorURL: signInUrl },
    advanced: {
      database: { generateId: () => crypto.randomUUID(), joins: true },
      cookiePrefix: 'kit',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      useSecureCookies: env.baseUrl.startsWith('https://'),
      // Set by the app's auth route from the socket (or a trusted proxy), never taken from the client.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    databaseHooks: {
      session: {
        create: {
          // An impersonation session is opened from the admin's browser: the user's sessions list must
          // not show the admin's address and user agent (the audit log keeps them).
          before: async (data) =>
            data.impersonatedBy ? { data: { ...data, ipAddress: null, userAgent: null } } : undefined,
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        refuseMalformedAdminTarget(ctx);
        refuseProfileOutsideLimits(ctx);
        await enforceAbsoluteSessionLifetime(ctx);
        await enforceImpersonationPolicy(ctx);
        await refuseAccountChangesWhileImpersonating(ctx);
        await requireFreshSessionFor(ctx);
        if (env.rateLimitEnabled) await refuseLockedSignIn(ctx);
        await refuseRemovingSoleOwners(ctx);
        await refuseMagicLinkForAccount(ctx);
        await auditStopImpersonating(ctx);
        return (await removeUserKeepingOwners(ctx)) ?? revokeOtherSessionsOnPasswordChange(ctx);
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (env.rateLimitEnabled) await countSignInFailure(ctx);
        await auditAdminMutation(ctx);
        await auditImpersonatedAuthCall(ctx);
        // Each answers get-session with no session (a value, possibly null) when it ended the session.
        const pastLifetime = await dropSessionPastLifetime(ctx);
        if (pastLifetime !== undefined) return pastLifetime;
        return endImpersonationOnGetSession(ctx);
      }),
    },
    plugins: [
      organizationPlugin(),
      adminPlugin(),
      twoFactor({ issuer: 'Kit' }),
      ...signInPlugins(offered, env, emails, signInUrl),
      // Must stay last: it copies better-auth's Set-Cookie headers onto Start's response.
      tanstackStartCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
export type AuthSession = Auth['$Infer']['Session'];
export type AuthUser = AuthSession['user'];
