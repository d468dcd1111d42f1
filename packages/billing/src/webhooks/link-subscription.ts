// Stores what Stripe says of a subscription now, keeping at most one live subscription per organization:
// the row holds the organization's live subscription; another live one (a second checkout that raced the
// first) is reported to the caller, an ended one that is not the row's changes nothing.

import type Stripe from 'stripe';
import { LIVE_SUBSCRIPTION_STATUSES } from '../access';
import { type BillingRow, storeSubscription } from '../billing-store';
import { customerIdOf, toSubscriptionRecord } from '../subscription-record';

type Executor = Parameters<typeof storeSubscription>[0];

export interface LinkedSubscription {
  /** The subscription the row holds now, as Stripe has it; null when the row did not change. */
  linked: Stripe.Subscription | null;
  /** A live subscription of the organization that the row does not hold (to cancel after a checkout). */
  extra: Stripe.Subscription | null;
}

export const isLiveStatus = (status: string | null | undefined) =>
  LIVE_SUBSCRIPTION_STATUSES.includes(status ?? '');

/** Re-reads `subscriptionId` from Stripe inside the organization's lock and stores it when it is the row's. */
export async function linkLatestSubscription(
  tx: Executor,
  stripe: Stripe,
  row: BillingRow,
  subscriptionId: string,
  priceIds: Record<string, string>,
): Promise<LinkedSubscription> {
  const store = (subscription: Stripe.Subscription) =>
    storeSubscription(tx, row, toSubscriptionRecord(subscription, priceIds));
  const incoming = await stripe.subscriptions.retrieve(subscriptionId);
  // The organization is the customer: another customer's subscription never lands on this row.
  if (customerIdOf(incoming) !== row.stripeCustomerId) return { linked: null, extra: null };
  const storedId = row.stripeSubscriptionId;
  if (!storedId || storedId === incoming.id) {
    await store(incoming);
    return { linked: incoming, extra: null };
  }
  if (!isLiveStatus(incoming.status)) return { linked: null, extra: null };
  const current = isLiveStatus(row.status) ? await stripe.subscriptions.retrieve(storedId) : null;
  if (current && isLiveStatus(current.status)) {
    await store(current);
    return { linked: current, extra: incoming };
  }
  await store(incoming);
  return { linked: incoming, extra: null };
}
