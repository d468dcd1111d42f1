// Billing test fixtures: the Stripe stand-in with the kit's prices, the environment that points the app at
// it, and subscriptions made in the stand-in and stored directly in the database (as a webhook would),
// for tests that do not go through the webhook endpoint.
import { toSubscriptionRecord } from '@kit/billing/subscription-record';
import { getDatabase } from '@kit/database';
import { invitation, member, organizationBilling } from '@kit/database/schema';
import { type StripeStandIn, startStripeStandIn } from '@kit/stripe-stand-in';
import { count, eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { billingRowOf } from './billing';

export const PRICE_IDS = { pro: 'price_pro_monthly', team: 'price_team_seat_monthly' } as const;

export const billingFn = {
  overview: 'features.billing.billing.functions.fetchBillingOverview',
  checkout: 'features.billing.billing.functions.startCheckout',
  portal: 'features.billing.billing.functions.openBillingPortal',
  cancel: 'features.billing.billing.functions.cancelSubscriptionAtPeriodEnd',
  resume: 'features.billing.billing.functions.resumeSubscription',
  resync: 'features.billing.billing.functions.resyncOrganizationBilling',
} as const;

export interface BillingStandIn {
  standIn: StripeStandIn;
  /** The app's billing environment, pointed at the stand-in. */
  env: Record<string, string>;
  /** An SDK client on the stand-in, for fixtures (no retries: a fault reaches the caller). */
  stripe: Stripe;
}

export async function startBillingStandIn(): Promise<BillingStandIn> {
  const standIn = await startStripeStandIn();
  standIn.addPrice({ id: PRICE_IDS.pro, unitAmount: 1900, currency: 'eur' });
  standIn.addPrice({ id: PRICE_IDS.team, unitAmount: 900, currency: 'eur' });
  return {
    standIn,
    env: {
      STRIPE_SECRET_KEY: 'sk_test_checkout_suite',
      STRIPE_WEBHOOK_SECRET: 'whsec_checkout_suite',
      STRIPE_API_URL: standIn.url,
      STRIPE_PRICE_PRO: PRICE_IDS.pro,
      STRIPE_PRICE_TEAM: PRICE_IDS.team,
    },
    stripe: new Stripe('sk_test_fixtures', { ...standIn.stripeOptions, maxNetworkRetries: 0 }),
  };
}

export { billingRowOf };

export async function memberCountOf(organizationId: string): Promise<number> {
  const [row] = await getDatabase()
    .select({ value: count() })
    .from(member)
    .where(eq(member.organizationId, organizationId));
  return row?.value ?? 0;
}

/**
 * A subscription to `planId` made in the stand-in (customer, checkout, paid) and stored for the
 * organization as the webhook would store it. Returns the subscription id.
 */
export async function subscribeInStandIn(
  { standIn, stripe }: BillingStandIn,
  organizationId: string,
  planId: keyof typeof PRICE_IDS,
  options: { quantity?: number; status?: 'active' | 'trialing' } = {},
): Promise<string> {
  const existing = await billingRowOf(organizationId);
  const customerId =
    existing?.stripeCustomerId ?? (await stripe.customers.create({ metadata: { organizationId } })).id;
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: customerId,
    client_reference_id: organizationId,
    line_items: [{ price: PRICE_IDS[planId], quantity: options.quantity ?? 1 }],
    subscription_data: { metadata: { organizationId, planId } },
    success_url: 'http://localhost/success',
  });
  const { subscription } = standIn.completeCheckout(session.id, { status: options.status ?? 'active' });
  const record = toSubscriptionRecord(await stripe.subscriptions.retrieve(subscription.id), PRICE_IDS);
  await getDatabase()
    .insert(organizationBilling)
    .values({ organizationId, stripeCustomerId: customerId, ...record })
    .onConflictDoUpdate({
      target: organizationBilling.organizationId,
      set: { ...record, pastDueSince: null },
    });
  return subscription.id;
}

/** Stores a status for the organization's subscription directly (a webhook's effect), and in the stand-in. */
export async function setStoredStatus(
  { standIn }: BillingStandIn,
  organizationId: string,
  status: 'active' | 'canceled' | 'past_due',
  pastDueSince: Date | null = null,
) {
  const row = await billingRowOf(organizationId);
  if (!row?.stripeSubscriptionId) throw new Error('no stored subscription');
  if (status !== 'canceled') standIn.setSubscription(row.stripeSubscriptionId, { status });
  else if (standIn.subscriptions.get(row.stripeSubscriptionId)?.status !== 'canceled') {
    standIn.setSubscription(row.stripeSubscriptionId, { status: 'canceled' });
  }
  await getDatabase()
    .update(organizationBilling)
    .set({ status, pastDueSince })
    .where(eq(organizationBilling.organizationId, organizationId));
}

/** A pending invitation written directly (no email, no throttle), for tests that need many. */
export async function insertInvitation(
  organizationId: string,
  inviterId: string,
  email: string,
  role = 'member',
) {
  const id = crypto.randomUUID();
  await getDatabase()
    .insert(invitation)
    .values({
      id,
      organizationId,
      email,
      role,
      status: 'pending',
      expiresAt: new Date(Date.now() + 86_400_000),
      inviterId,
    });
  return id;
}

/** Polls until `check` is true (the hourly job's retry, run every second in these tests). */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return check();
}
