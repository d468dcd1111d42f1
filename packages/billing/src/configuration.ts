// The app's billing choices, set once when the server starts (server-plugins/configure-billing.ts) and
// read by the entitlement decisions, the billing services and the webhook handler.

import { type BillingEnv, parseBillingEnv } from './env';
import type { BillingPlans } from './plans';

export interface BillingConfiguration {
  plans: BillingPlans;
  /** null: billing is off (no STRIPE_SECRET_KEY): no billing pages and no plan limits. */
  env: BillingEnv | null;
}

// On globalThis: the server's plugins (which configure) and its request handler (which reads) may hold
// separate copies of this module; a module variable left billing off in every request.
const globalForBilling = globalThis as typeof globalThis & { __kitBilling?: BillingConfiguration };

/** Reads and checks the billing environment against the plan file; throws BillingEnvError when invalid. */
export function configureBilling(plans: BillingPlans, source?: Record<string, string | undefined>) {
  const configuration = { plans, env: parseBillingEnv(plans, source) };
  globalForBilling.__kitBilling = configuration;
  return configuration;
}

/** The configuration, or undefined before configureBilling ran (then billing counts as off). */
export function getBillingConfiguration(): BillingConfiguration | undefined {
  return globalForBilling.__kitBilling;
}

/** The configuration with billing on; throws when billing is off (a route that should not exist then). */
export function requireBillingConfiguration(): BillingConfiguration & { env: BillingEnv } {
  const current = globalForBilling.__kitBilling;
  if (!current?.env) throw new Error('Billing is off: STRIPE_SECRET_KEY is not set.');
  return current as BillingConfiguration & { env: BillingEnv };
}

export function isBillingEnabled(): boolean {
  return Boolean(globalForBilling.__kitBilling?.env);
}
