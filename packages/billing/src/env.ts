import { z } from 'zod';
import { type BillingPlans, paidPlanIds } from './plans';

const optionalString = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const billingEnvSchema = z.object({
  /** Billing is on when this is set; without it the kit has no billing pages and no plan limits. */
  STRIPE_SECRET_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  /** Where the Stripe API is (default https://api.stripe.com): a stand-in in tests and local runs. */
  STRIPE_API_URL: optionalString.pipe(z.url({ error: 'STRIPE_API_URL must be a URL' }).optional()),
});

export interface StripeConnection {
  host: string;
  port: number;
  protocol: 'http' | 'https';
}

export interface BillingEnv {
  secretKey: string;
  webhookSecret: string;
  /** undefined: Stripe itself. */
  api: StripeConnection | undefined;
  /** The Stripe price of each paid plan, from STRIPE_PRICE_<PLAN ID IN CAPITALS>. */
  priceIds: Record<string, string>;
}

export class BillingEnvError extends Error {
  override name = 'BillingEnvError';
}

export function priceVariableOf(planId: string): string {
  return `STRIPE_PRICE_${planId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

function connectionOf(url: string): StripeConnection {
  const parsed = new URL(url);
  const protocol = parsed.protocol === 'http:' ? 'http' : 'https';
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : protocol === 'http' ? 80 : 443,
    protocol,
  };
}

/**
 * The billing settings, or null when billing is off (no STRIPE_SECRET_KEY). With the key set, the
 * webhook secret and a price for every paid plan are required: throws a BillingEnvError naming each
 * missing variable, so the server stops at start instead of failing at the first checkout.
 */
export function parseBillingEnv(
  billing: BillingPlans,
  source: Record<string, string | undefined> = process.env,
): BillingEnv | null {
  const result = billingEnvSchema.safeParse(source);
  const problems = result.success ? [] : result.error.issues.map((issue) => issue.message);
  const env = result.success ? result.data : undefined;
  if (env && !env.STRIPE_SECRET_KEY) return null;
  if (env && !env.STRIPE_WEBHOOK_SECRET) {
    problems.push('STRIPE_WEBHOOK_SECRET is required when STRIPE_SECRET_KEY is set');
  }
  const priceIds: Record<string, string> = {};
  for (const planId of paidPlanIds(billing)) {
    const variable = priceVariableOf(planId);
    const priceId = source[variable]?.trim();
    if (priceId) priceIds[planId] = priceId;
    else
      problems.push(
        `${variable} is required when STRIPE_SECRET_KEY is set (the Stripe price of plan "${planId}")`,
      );
  }
  if (problems.length > 0 || !env?.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) {
    throw new BillingEnvError(
      `Invalid billing environment:\n${problems.map((line) => `  - ${line}`).join('\n')}`,
    );
  }
  return {
    secretKey: env.STRIPE_SECRET_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    api: env.STRIPE_API_URL ? connectionOf(env.STRIPE_API_URL) : undefined,
    priceIds,
  };
}
