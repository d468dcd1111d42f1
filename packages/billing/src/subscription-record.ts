// What the database keeps of a Stripe subscription: the one mapping from Stripe's object to the
// organization_billing row, used by the webhooks, the admin resync and everything else that stores what
// Stripe says.

import type Stripe from 'stripe';

export interface SubscriptionRecord {
  stripeSubscriptionId: string;
  planId: string | null;
  status: string;
  seats: number | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  trialEnd: Date | null;
}

const fromSeconds = (seconds: number | null | undefined) => (seconds ? new Date(seconds * 1000) : null);

export function customerIdOf(subscription: Pick<Stripe.Subscription, 'customer'>): string {
  const { customer } = subscription;
  return typeof customer === 'string' ? customer : customer.id;
}

/** The plan whose Stripe price the subscription's first item has (null: a price no plan names). */
export function planIdOfPrice(priceIds: Record<string, string>, priceId: string | undefined): string | null {
  const entry = Object.entries(priceIds).find(([, id]) => id === priceId);
  return entry?.[0] ?? null;
}

export function toSubscriptionRecord(
  subscription: Stripe.Subscription,
  priceIds: Record<string, string>,
): SubscriptionRecord {
  const item = subscription.items.data[0];
  return {
    stripeSubscriptionId: subscription.id,
    planId: planIdOfPrice(priceIds, item?.price.id),
    status: subscription.status,
    seats: item?.quantity ?? null,
    // Since API version 2025-03-31 the billing period is the item's, not the subscription's.
    currentPeriodEnd: fromSeconds(item?.current_period_end),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    trialEnd: fromSeconds(subscription.trial_end),
  };
}
