import type Stripe from 'stripe';

/**
 * The event, when `signature` (the Stripe-Signature header) signs exactly these bytes with the endpoint's
 * secret within Stripe's default tolerance (300 s); null for an unsigned, forged, tampered or stale one.
 */
export async function verifyStripeEvent(
  stripe: Stripe,
  rawBody: string,
  signature: string | null,
  webhookSecret: string,
): Promise<Stripe.Event | null> {
  if (!signature) return null;
  try {
    return await stripe.webhooks.constructEventAsync(rawBody, signature, webhookSecret);
  } catch {
    return null;
  }
}
