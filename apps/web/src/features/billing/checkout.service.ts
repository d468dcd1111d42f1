// Checkout and the customer portal. The organization is the Stripe customer: created once, under the
// organization's billing lock, with an idempotency key of its own id. At most one live subscription per
// organization: a checkout while one is live answers the portal, and concurrent checkouts share a session.

import { getAuthEnv } from '@kit/better-auth/server';
import { LIVE_SUBSCRIPTION_STATUSES } from '@kit/billing/access';
import {
  type BillingRow,
  getBilling,
  lockOrganizationBilling,
  storeSubscription,
} from '@kit/billing/billing-store';
import type { Stripe } from '@kit/billing/stripe-client';
import { toSubscriptionRecord } from '@kit/billing/subscription-record';
import { getDatabase } from '@kit/database';
import { organization, organizationBilling } from '@kit/database/schema';
import { HttpError, NotFoundError } from '@kit/errors';
import { eq } from 'drizzle-orm';
import { m } from '~/paraglide/messages';
import { BILLING_PAGE, billingWithStripe, isPerSeat, seatCount, type Transaction } from './billing-setup';
import { callStripe } from './stripe-failure';

type Billing = Awaited<ReturnType<typeof billingWithStripe>>;

const pageUrl = (query = '') => `${new URL(BILLING_PAGE, getAuthEnv().baseUrl).toString()}${query}`;

function paidPlan(billing: Billing, planId: string) {
  const plan = Object.hasOwn(billing.plans.plans, planId) ? billing.plans.plans[planId] : undefined;
  if (!plan) throw new NotFoundError(m.err_billing_unknown_plan({ planId }));
  const priceId = billing.env.priceIds[planId];
  if (!plan.price || !priceId) {
    throw new HttpError(400, m.err_billing_free_plan({ plan: plan.name }), 'FREE_PLAN');
  }
  return { plan, priceId };
}

/** The organization's billing row, with its Stripe customer created (once) when it has none yet. */
async function ensureCustomer(
  tx: Transaction,
  billing: Billing,
  organizationId: string,
): Promise<BillingRow> {
  const existing = await getBilling(tx, organizationId);
  if (existing) return existing;
  const [org] = await tx
    .select({ name: organization.name })
    .from(organization)
    .where(eq(organization.id, organizationId));
  if (!org) throw new NotFoundError(m.err_organization_gone());
  const customer = await callStripe('customers.create', () =>
    billing.stripe.customers.create(
      { name: org.name, metadata: { organizationId } },
      { idempotencyKey: `customer:${organizationId}` },
    ),
  );
  const [row] = await tx
    .insert(organizationBilling)
    .values({ organizationId, stripeCustomerId: customer.id })
    .returning();
  if (!row) throw new Error('organization_billing insert returned nothing');
  return row;
}

/**
 * A subscription Stripe has for the customer that the database does not know as live yet (its webhook
 * has not landed, or it was made in the dashboard): stored now, so a second checkout cannot start.
 */
async function liveSubscriptionInStripe(tx: Transaction, billing: Billing, row: BillingRow) {
  if (row.status && LIVE_SUBSCRIPTION_STATUSES.includes(row.status)) return true;
  const listed = await callStripe('subscriptions.list', () =>
    billing.stripe.subscriptions.list({ customer: row.stripeCustomerId, status: 'all', limit: 10 }),
  );
  const live = listed.data.find((subscription) => LIVE_SUBSCRIPTION_STATUSES.includes(subscription.status));
  if (!live) return false;
  await storeSubscription(tx, row, toSubscriptionRecord(live, billing.env.priceIds));
  return true;
}

async function portalUrl(billing: Billing, customerId: string): Promise<string> {
  const session = await callStripe('billingPortal.sessions.create', () =>
    billing.stripe.billingPortal.sessions.create({ customer: customerId, return_url: pageUrl() }),
  );
  return session.url;
}

/** The stored checkout session when it is still open for this plan; an open one for another plan expires. */
async function reusableSession(
  billing: Billing,
  row: BillingRow,
  planId: string,
): Promise<Stripe.Checkout.Session | undefined> {
  if (!row.openCheckoutSessionId) return undefined;
  const sessionId = row.openCheckoutSessionId;
  const session = await callStripe('checkout.sessions.retrieve', () =>
    billing.stripe.checkout.sessions.retrieve(sessionId),
  );
  if (session.status !== 'open') return undefined;
  if (session.metadata?.planId === planId && session.url) return session;
  // Two open sessions could both be paid: only the newest checkout stays payable.
  await callStripe('checkout.sessions.expire', () => billing.stripe.checkout.sessions.expire(sessionId));
  return undefined;
}

export async function startCheckout(organizationId: string, planId: string): Promise<{ url: string }> {
  const billing = await billingWithStripe();
  const { plan, priceId } = paidPlan(billing, planId);
  return getDatabase().transaction(async (tx) => {
    await lockOrganizationBilling(tx, organizationId);
    const row = await ensureCustomer(tx, billing, organizationId);
    if (await liveSubscriptionInStripe(tx, billing, row)) {
      return { url: await portalUrl(billing, row.stripeCustomerId) };
    }
    const open = await reusableSession(billing, row, planId);
    if (open?.url) return { url: open.url };

    const quantity = isPerSeat(plan) ? await seatCount(tx, organizationId) : 1;
    const metadata = { organizationId, planId };
    // A trial is for an organization's first subscription only.
    const trialDays = row.stripeSubscriptionId ? undefined : plan.trialDays;
    const stateKey = [row.openCheckoutSessionId ?? 'none', row.stripeSubscriptionId ?? 'none', quantity];
    const session = await callStripe('checkout.sessions.create', () =>
      billing.stripe.checkout.sessions.create(
        {
          mode: 'subscription',
          customer: row.stripeCustomerId,
          client_reference_id: organizationId,
          line_items: [{ price: priceId, quantity }],
          metadata,
          subscription_data: { metadata, ...(trialDays ? { trial_period_days: trialDays } : {}) },
          success_url: pageUrl('?checkout=success'),
          cancel_url: pageUrl('?checkout=canceled'),
        },
        { idempotencyKey: `checkout:${organizationId}:${planId}:${stateKey.join(':')}` },
      ),
    );
    if (!session.url) throw new Error('Stripe returned a checkout session without a url');
    await tx
      .update(organizationBilling)
      .set({ openCheckoutSessionId: session.id })
      .where(eq(organizationBilling.organizationId, organizationId));
    return { url: session.url };
  });
}

export async function openBillingPortal(organizationId: string): Promise<{ url: string }> {
  const billing = await billingWithStripe();
  const row = await getBilling(getDatabase(), organizationId);
  if (!row) throw new NotFoundError(m.err_billing_no_customer());
  return { url: await portalUrl(billing, row.stripeCustomerId) };
}
