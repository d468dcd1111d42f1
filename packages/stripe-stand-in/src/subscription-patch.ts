import type Stripe from 'stripe';
import { nowSeconds } from './ids';
import { referencedPrice } from './prices';
import type { SubscriptionShape } from './shapes';
import type { StandInState } from './state';
import { getSubscription, setCancelAtPeriodEnd } from './subscriptions';

/** What a test may change on a subscription directly, as Stripe would on its own (dunning, the portal). */
export interface SubscriptionPatch {
  status?: Stripe.Subscription.Status;
  cancel_at_period_end?: boolean;
  /** Of the first item. */
  quantity?: number;
  /** A price id (added with `addPrice`) for the first item: a plan change made in the portal. */
  price?: string;
  /** Replaces the metadata. */
  metadata?: Record<string, string>;
  /** Set on every item (recent API versions keep the period there). */
  current_period_start?: number;
  current_period_end?: number;
  trial_end?: number | null;
}

export function patchSubscription(
  state: StandInState,
  id: string,
  patch: SubscriptionPatch,
): SubscriptionShape {
  const subscription = getSubscription(state, id);
  const first = subscription.items.data[0];
  if (patch.price !== undefined && first) first.price = referencedPrice(state, patch.price, 'price');
  if (patch.quantity !== undefined && first) first.quantity = patch.quantity;
  for (const item of subscription.items.data) {
    if (patch.current_period_start !== undefined) item.current_period_start = patch.current_period_start;
    if (patch.current_period_end !== undefined) item.current_period_end = patch.current_period_end;
  }
  if (patch.metadata !== undefined) subscription.metadata = { ...patch.metadata };
  if (patch.trial_end !== undefined) subscription.trial_end = patch.trial_end;
  if (patch.cancel_at_period_end !== undefined)
    setCancelAtPeriodEnd(subscription, patch.cancel_at_period_end);
  if (patch.status !== undefined) {
    subscription.status = patch.status;
    if (patch.status === 'canceled') {
      const now = nowSeconds();
      subscription.canceled_at ??= now;
      subscription.ended_at ??= now;
      subscription.cancel_at_period_end = false;
    }
  }
  return subscription;
}
