import { z } from 'zod';
import { authFeatures } from './auth-features';

const DEVELOPMENT_SECRET = 'development-only-secret-do-not-use-in-production';

/** The variables that switch a sign-in provider on; all or none of each must be set. */
const PROVIDER_KEYS = {
  Google: ['GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET'],
  GitHub: ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET'],
  OpenID: ['OIDC_DISCOVERY_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'],
} as const;

const optionalString = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().positive().default(3000),
    DATABASE_URL: optionalString.pipe(z.url({ error: 'DATABASE_URL must be a postgres:// URL' }).optional()),
    BETTER_AUTH_SECRET: optionalString.pipe(
      z.string().min(32, { error: 'BETTER_AUTH_SECRET must be at least 32 characters' }).optional(),
    ),
    BETTER_AUTH_URL: optionalString.pipe(z.url({ error: 'BETTER_AUTH_URL must be a URL' }).optional()),
    TRUSTED_ORIGINS: optionalString,
    /** "true" lets a production server run on an http:// BETTER_AUTH_URL other than localhost. */
    ALLOW_INSECURE_AUTH_URL: z.enum(['true', 'false']).optional(),
    /** Rate limiting of the auth endpoints; on in production unless set to "false". */
    AUTH_RATE_LIMIT: z.enum(['true', 'false']).optional(),
    /** "true" behind a reverse proxy that sets X-Forwarded-For; never otherwise (clients can forge it). */
    TRUST_PROXY: z.enum(['true', 'false']).optional(),
    /** How many proxies append to X-Forwarded-For (default 1 with TRUST_PROXY); set alone, it trusts them. */
    TRUST_PROXY_HOPS: optionalString.pipe(
      z.coerce
        .number<string>({ error: 'TRUST_PROXY_HOPS must be a whole number from 1 to 10' })
        .int({ error: 'TRUST_PROXY_HOPS must be a whole number from 1 to 10' })
        .min(1, { error: 'TRUST_PROXY_HOPS must be a whole number from 1 to 10' })
        .max(10, { error: 'TRUST_PROXY_HOPS must be a whole number from 1 to 10' })
        .optional(),
    ),
    /** Overrides authFeatures.requireEmailVerification. */
    REQUIRE_EMAIL_VERIFICATION: z.enum(['true', 'false']).optional(),
    // Sign-in providers: each is offered when its client id and secret are set (sign-in-methods.ts).
    GOOGLE_CLIENT_ID: optionalString,
    GOOGLE_CLIENT_SECRET: optionalString,
    GITHUB_CLIENT_ID: optionalString,
    GITHUB_CLIENT_SECRET: optionalString,
    OIDC_DISCOVERY_URL: optionalString.pipe(
      z.url({ error: 'OIDC_DISCOVERY_URL must be the URL of .well-known/openid-configuration' }).optional(),
    ),
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    /** The label of the OpenID provider's button ("Okta", "Keycloak", "Microsoft"). */
    OIDC_PROVIDER_NAME: optionalString,
  })
  .superRefine((env, ctx) => {
    for (const [prefix, keys] of Object.entries(PROVIDER_KEYS)) {
      const set = keys.filter((name) => env[name]);
      if (set.length > 0 && set.length < keys.length) {
        const missing = keys.filter((name) => !env[name]).join(' and ');
        ctx.addIssue({
          code: 'custom',
          path: [missing],
          message: `${prefix} sign-in is half configured: set ${missing} too, or unset ${set.join(' and ')}`,
        });
      }
    }
    if (env.TRUST_PROXY === 'false' && env.TRUST_PROXY_HOPS !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['TRUST_PROXY_HOPS'],
        message:
          'TRUST_PROXY=false contradicts TRUST_PROXY_HOPS: unset TRUST_PROXY_HOPS when clients reach the app ' +
          'directly, or unset TRUST_PROXY behind that many proxies',
      });
    }
    if (env.NODE_ENV !== 'production') return;
    for (const name of ['DATABASE_URL', 'BETTER_AUTH_SECRET', 'BETTER_AUTH_URL'] as const) {
      if (!env[name]) {
        ctx.addIssue({ code: 'custom', path: [name], message: `${name} is required in production` });
      }
    }
    if (
      env.BETTER_AUTH_URL &&
      isInsecureRemoteUrl(env.BETTER_AUTH_URL) &&
      env.ALLOW_INSECURE_AUTH_URL !== 'true'
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['BETTER_AUTH_URL'],
        message:
          'BETTER_AUTH_URL must be https:// in production (http:// only for localhost): session cookies would ' +
          'travel unencrypted. Set ALLOW_INSECURE_AUTH_URL=true to run on plain http anyway',
      });
    }
    if (env.BETTER_AUTH_SECRET === DEVELOPMENT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['BETTER_AUTH_SECRET'],
        message: 'BETTER_AUTH_SECRET is the development secret: generate one with `openssl rand -base64 32`',
      });
    }
  });

/** Hosts that never leave the machine, where plain http is fine. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isInsecureRemoteUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' && !LOOPBACK_HOSTS.has(hostname);
}

export interface AuthEnv {
  isProduction: boolean;
  databaseUrl: string | undefined;
  secret: string;
  /** The public origin of the app; when unset, localhost on PORT. */
  baseUrl: string;
  trustedOrigins: string[];
  rateLimitEnabled: boolean;
  trustProxy: boolean;
  trustedProxyHops: number;
  requireEmailVerification: boolean;
  /** OAuth clients whose keys are set; the sign-in methods config decides which are offered. */
  oauth: {
    google?: OAuthClientKeys;
    github?: OAuthClientKeys;
    oidc?: OAuthClientKeys & { discoveryUrl: string; name: string };
  };
}

export interface OAuthClientKeys {
  clientId: string;
  clientSecret: string;
}

export class EnvError extends Error {
  override name = 'EnvError';
}

/** Validates the environment; throws an EnvError naming every missing or invalid variable. */
export function parseAuthEnv(source: Record<string, string | undefined> = process.env): AuthEnv {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = result.data;
  const baseUrl = new URL(env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`).origin;
  const extra = (env.TRUSTED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  const loopback = env.BETTER_AUTH_URL ? [] : [`http://127.0.0.1:${env.PORT}`];
  return {
    isProduction: env.NODE_ENV === 'production',
    databaseUrl: env.DATABASE_URL,
    secret: env.BETTER_AUTH_SECRET ?? DEVELOPMENT_SECRET,
    baseUrl,
    trustedOrigins: [...new Set([baseUrl, ...loopback, ...extra])],
    rateLimitEnabled: env.AUTH_RATE_LIMIT ? env.AUTH_RATE_LIMIT === 'true' : env.NODE_ENV === 'production',
    // TRUST_PROXY_HOPS alone says how many proxies there are, so it trusts them too.
    trustProxy:
      env.TRUST_PROXY === 'true' || (env.TRUST_PROXY === undefined && env.TRUST_PROXY_HOPS !== undefined),
    trustedProxyHops: env.TRUST_PROXY_HOPS ?? 1,
    requireEmailVerification: env.REQUIRE_EMAIL_VERIFICATION
      ? env.REQUIRE_EMAIL_VERIFICATION === 'true'
      : authFeatures.requireEmailVerification,
    oauth: {
      google: clientKeys(env.GOOGLE_CLIENT_ID, env.GOOGLE_CLIENT_SECRET),
      github: clientKeys(env.GITHUB_CLIENT_ID, env.GITHUB_CLIENT_SECRET),
      oidc:
        env.OIDC_DISCOVERY_URL && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
          ? {
              discoveryUrl: env.OIDC_DISCOVERY_URL,
              clientId: env.OIDC_CLIENT_ID,
              clientSecret: env.OIDC_CLIENT_SECRET,
              name: env.OIDC_PROVIDER_NAME ?? 'Single sign-on',
            }
          : undefined,
    },
  };
}

function clientKeys(
  clientId: string | undefined,
  clientSecret: string | undefined,
): OAuthClientKeys | undefined {
  return clientId && clientSecret ? { clientId, clientSecret } : undefined;
}
