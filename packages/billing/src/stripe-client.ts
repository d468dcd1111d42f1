import type Stripe from 'stripe';
import { requireBillingConfiguration } from './configuration';

export type { Stripe };

let client: Promise<Stripe> | undefined;

/**
 * The Stripe SDK client, created with the first billing call (the SDK loads then, not at start). It
 * talks to STRIPE_API_URL when set (a stand-in), else to Stripe.
 */
export function getStripe(): Promise<Stripe> {
  client ??= (async () => {
    const { env } = requireBillingConfiguration();
    const { default: StripeClient } = await import('stripe');
    return new StripeClient(env.secretKey, {
      ...(env.api ?? {}),
      maxNetworkRetries: 2,
      timeout: 20_000,
      appInfo: { name: 'saas-kit' },
    });
  })();
  return client;
}

/** Forgets the client (tests that reconfigure billing). */
export function resetStripeClient() {
  client = undefined;
}
