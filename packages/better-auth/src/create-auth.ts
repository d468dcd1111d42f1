import type { Database } from '@kit/database';
import * as schema from '@kit/database/schema';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { createAuthMiddleware } from 'better-auth/api';
import { tanstackStartCookies } from 'better-auth/tanstack-start';
import type { AuthConfiguration } from './auth-configuration';
import { authCookieOptions } from './auth-cookies';
import { authLogger } from './auth-logger';
import { CLIENT_IP_HEADER } from './client-ip';
import type { AuthEnv } from './env';
import { fieldLimits } from './field-limits';
import { auditAdminMutation, auditStopImpersonating } from './hooks/admin-audit';
import { refuseMalformedAdminTarget } from './hooks/admin-target';
import { revokeOtherSessionsOnPasswordChange } from './hooks/change-password';
import { refuseCommonPassword } from './hooks/common-password';
import { requireFreshSessionFor } from './hooks/fresh-session';
import { auditImpersonatedAuthCall, refuseTakeoverWhileImpersonating } from './hooks/impersonation-guard';
import { endImpersonationOnGetSession, enforceImpersonationPolicy } from './hooks/impersonation-session';
import { nameUserInLog } from './hooks/log-user';
import { refuseProfileOutsideLimits } from './hooks/profile-input';
import { refuseUntrustedRedirects } from './hooks/redirect-targets';
import { revokeReplacedSession } from './hooks/replace-session';
import { dropSessionPastLifetime, enforceAbsoluteSessionLifetime } from './hooks/session-lifetime';
import { clearSignInLockout, refuseLockedSignIn, signInLockoutPlugin } from './hooks/sign-in-lockout';
import {
  deleteUserKeepingOwners,
  refuseRemovingSoleOwners,
  removeUserKeepingOwners,
} from './hooks/sole-owner-guard';
import { adminPlugin } from './plugins/admin';
import { oneSessionCookie } from './plugins/one-session-cookie';
import { organizationPlugin } from './plugins/organization';
import { authRateLimitRules } from './rate-limit-rules';
import { createRateLimitStorage } from './rate-limit-storage';
import { sessionPolicy } from './session-policy';
import { idTokenSignIn } from './sign-in/id-token-sign-in';
import { refuseMagicLinkForUser } from './sign-in/magic-link';
import { offeredSignInMethods } from './sign-in/offered-methods';
import { verifiedIdentitiesOnly } from './sign-in/provider-identity';
import { signInPlugins, socialProviders } from './sign-in/provider-plugins';
import { withoutIdToken } from './sign-in/provider-tokens';
import { askSecondFactorBeforeSession } from './sign-in/second-factor-before-session';
import { userFields, withSignUpLocale } from './sign-up-locale';
import { twoFactorPlugin, twoFactorRulesPlugin } from './two-factor/plugin';

const HOUR = 60 * 60;

export function createAuth(
  db: Database,
  env: AuthEnv,
  { emails, signInMethods, signInPath, twoFactorPath, localeOf }: AuthConfiguration,
) {
  const offered = offeredSignInMethods(signInMethods, env);
  const signInUrl = new URL(signInPath, env.baseUrl).toString();
  const twoFactorUrl = new URL(twoFactorPath, env.baseUrl).toString();
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
      // Access and refresh tokens; the id token is not kept at all (databaseHooks.account).
      encryptOAuthTokens: true,
    },
    user: {
      additionalFields: userFields,
      validateUserInfo: verifiedIdentitiesOnly,
      changeEmail: { enabled: true },
      deleteUser: { enabled: true, beforeDelete: deleteUserKeepingOwners },
    },
    session: {
      expiresIn: sessionPolicy.expiresInSeconds,
      updateAge: sessionPolicy.updateAgeSeconds,
      freshAge: sessionPolicy.freshAgeSeconds,
      // Every request reads the session row, so revoking a session takes effect at once, and no cached
      // copy can skip the checks made on the row (better-auth advisories: two-factor bypass via the cache).
      // auth-options.test.ts fails if this is turned on.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: env.rateLimitEnabled,
      // In the database, so every instance shares the counts: one statement a request.
      customStorage: createRateLimitStorage(db),
      customRules: authRateLimitRules,
    },
    onAPIError: {
      // A provider callback that cannot say where to go (a lost or forged state) lands on the sign-in page.
      errorURL: signInUrl,
      // An unexpected error (a failed query) leaves the handler for the app's auth route to log, redacted
      // and with the request id. Otherwise better-call prints it to the console whole, a failed insert's
      // parameters (a new session's token) included. Refusals (APIError) are still answered as before.
      throw: true,
    },
    advanced: {
      database: { generateId: () => crypto.randomUUID(), joins: true },
      ...authCookieOptions(env.baseUrl),
      // Set by the app's auth route from the socket (or a trusted proxy), never taken from the client.
      // IPv6 clients are limited per /64, the block one customer gets: otherwise each of its addresses
      // would get limits of its own (better-auth's default today; pinned here, tested in auth-advisories).
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER], ipv6Subnet: 64 },
    },
    databaseHooks: {
      user: {
        create: { before: async (data, ctx) => withSignUpLocale(data, ctx, localeOf) },
      },
      account: {
        create: { before: async (data) => withoutIdToken(data) },
        update: { before: async (data) => withoutIdToken(data) },
      },
      session: {
        create: {
          before: async (data, ctx) => {
            await askSecondFactorBeforeSession(data, ctx, twoFactorUrl);
            // An impersonation session is opened from the admin's browser: the user's sessions list must
            // not show the admin's address and user agent (the audit log keeps them).
            return data.impersonatedBy ? { data: { ...data, ipAddress: null, userAgent: null } } : undefined;
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        refuseUntrustedRedirects(ctx);
        refuseMalformedAdminTarget(ctx);
        refuseProfileOutsideLimits(ctx);
        await refuseCommonPassword(ctx);
        await enforceAbsoluteSessionLifetime(ctx);
        await enforceImpersonationPolicy(ctx);
        await refuseTakeoverWhileImpersonating(ctx);
        await requireFreshSessionFor(ctx);
        if (env.rateLimitEnabled) await refuseLockedSignIn(ctx);
        await refuseRemovingSoleOwners(ctx);
        await refuseMagicLinkForUser(ctx);
        await auditStopImpersonating(ctx);
        return (await removeUserKeepingOwners(ctx)) ?? revokeOtherSessionsOnPasswordChange(ctx);
      }),
      after: createAuthMiddleware(async (ctx) => {
        nameUserInLog(ctx);
        await revokeReplacedSession(ctx);
        await auditAdminMutation(ctx);
        await auditImpersonatedAuthCall(ctx);
        // Each answers get-session with no session (a value, possibly null) when it ended the session.
        const pastLifetime = await dropSessionPastLifetime(ctx);
        if (pastLifetime !== undefined) return pastLifetime;
        return endImpersonationOnGetSession(ctx);
      }),
    },
    plugins: [
      oneSessionCookie,
      organizationPlugin(),
      adminPlugin(),
      twoFactorPlugin({ limitAttempts: env.rateLimitEnabled }),
      twoFactorRulesPlugin,
      // After the two-factor plugin: it must see whether a sign-in opened its session or asks for a code.
      ...(env.rateLimitEnabled ? [signInLockoutPlugin()] : []),
      idTokenSignIn(signInMethods.idTokenSignIn ?? false),
      ...signInPlugins(offered, env, emails, signInUrl),
      // Must stay last: it copies better-auth's Set-Cookie headers onto Start's response.
      tanstackStartCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
export type AuthSession = Auth['$Infer']['Session'];
export type AuthUser = AuthSession['user'];
