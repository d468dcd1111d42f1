// Changes to a running subscription, made in Stripe; the row then stores what Stripe answered (the
// database follows Stripe). Each runs under the organization's billing lock.
import { LIVE_SUBSCRIPTION_STATUSES } from '@kit/billing/access';
import {
  type BillingRow,
  getBilling,
  lockOrganizationBilling,
  storeSubscription,
} from '@kit/billing/billing-store';
import { toSubscriptionRecord } from '@kit/billing/subscription-record';
import { getDatabase } from '@kit/database';
import { organization } from '@kit/database/schema';
import { NotFoundError } from '@kit/errors';
import { eq } from 'drizzle-orm';
import { m } from '~/paraglide/messages';
import { billingWithStripe } from './billing-setup';
import { callStripe } from './stripe-failure';

export function isLive(row: Pick<BillingRow, 'status' | 'stripeSubscriptionId'> | undefined): boolean {
  return Boolean(row?.stripeSubscriptionId && row.status && LIVE_SUBSCRIPTION_STATUSES.includes(row.status));
}

/** Sets cancel_at_period_end in Stripe and stores the subscription Stripe returns. */
export async function setCancelAtPeriodEnd(organizationId: string, cancel: boolean) {
  const billing = await billingWithStripe();
  return getDatabase().transaction(async (tx) => {
    await lockOrganizationBilling(tx, organizationId);
    const row = await getBilling(tx, organizationId);
    if (!row?.stripeSubscriptionId || !isLive(row)) throw new NotFoundError(m.err_billing_no_subscription());
    const subscriptionId = row.stripeSubscriptionId;
    const updated = await callStripe('subscriptions.update', () =>
      billing.stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: cancel }),
    );
    const record = toSubscriptionRecord(updated, billing.env.priceIds);
    await storeSubscription(tx, row, record);
    return {
      status: record.status,
      cancelAtPeriodEnd: record.cancelAtPeriodEnd,
      currentPeriodEnd: record.currentPeriodEnd,
    };
  });
}

export type ResyncResult =
  | { found: false }
  | { found: true; subscriptionId: string; planId: string | null; status: string };

/**
 * Reads the customer's subscriptions from Stripe (every status) and stores the live one, else the newest:
 * for an organization whose webhooks were missed or whose subscription was made in the dashboard.
 */
export async function resyncFromStripe(organizationId: string): Promise<ResyncResult> {
  const billing = await billingWithStripe();
  const [org] = await getDatabase()
    .select({ id: organization.id })
    .from(organization)
    .where(eq(organization.id, organizationId));
  if (!org) throw new NotFoundError(m.err_organization_gone());
  return getDatabase().transaction(async (tx) => {
    await lockOrganizationBilling(tx, organizationId);
    const row = await getBilling(tx, organizationId);
    if (!row) throw new NotFoundError(m.err_billing_no_customer());
    const listed = await callStripe('subscriptions.list', () =>
      billing.stripe.subscriptions.list({ customer: row.stripeCustomerId, status: 'all', limit: 100 }),
    );
    // Stripe lists the newest first.
    const chosen =
      listed.data.find((subscription) => LIVE_SUBSCRIPTION_STATUSES.includes(subscription.status)) ??
      listed.data[0];
    if (!chosen) return { found: false };
    const record = toSubscriptionRecord(chosen, billing.env.priceIds);
    await storeSubscription(tx, row, record);
    return { found: true, subscriptionId: chosen.id, planId: record.planId, status: record.status };
  });
}
