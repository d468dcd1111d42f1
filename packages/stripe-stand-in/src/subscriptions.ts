import type Stripe from 'stripe';
import type { z } from 'zod';
import { mergeMetadata } from './customers';
import { invalidRequest, resourceMissing } from './errors';
import { newId, nowSeconds } from './ids';
import { createInvoice } from './invoices';
import type { subscriptionList, subscriptionUpdate } from './params';
import { daysLater, periodEnd } from './periods';
import { referencedPrice } from './prices';
import type { PriceShape, SubscriptionItemShape, SubscriptionShape } from './shapes';
import type { StandInState } from './state';

export interface NewSubscription {
  customer: string;
  items: { price: PriceShape; quantity: number }[];
  metadata: Record<string, string>;
  trialDays: number | null;
  status?: 'active' | 'trialing';
}

/** A subscription as a completed checkout creates it, with its first invoice (paid, or 0 in a trial). */
export function createSubscription(state: StandInState, input: NewSubscription): SubscriptionShape {
  const now = nowSeconds();
  const id = newId('sub_');
  const trialEnd = input.trialDays ? daysLater(now, input.trialDays) : null;
  const items = input.items.map(({ price, quantity }) =>
    newItem(id, price, quantity, now, trialEnd ?? periodEnd(now, price.recurring)),
  );
  const subscription: SubscriptionShape = {
    id,
    object: 'subscription',
    billing_cycle_anchor: trialEnd ?? now,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: 'charge_automatically',
    created: now,
    currency: input.items[0]?.price.currency ?? 'usd',
    customer: input.customer,
    description: null,
    discounts: [],
    ended_at: null,
    items: { object: 'list', data: items, has_more: false, total_count: items.length, url: itemsUrl(id) },
    latest_invoice: null,
    livemode: false,
    metadata: { ...input.metadata },
    start_date: now,
    status: input.status ?? (trialEnd ? 'trialing' : 'active'),
    trial_end: trialEnd,
    trial_start: trialEnd ? now : null,
  };
  state.subscriptions.set(id, subscription);
  createInvoice(state, subscription, { billingReason: 'subscription_create' });
  return subscription;
}

export function getSubscription(state: StandInState, id: string): SubscriptionShape {
  const subscription = state.subscriptions.get(id);
  if (!subscription) throw resourceMissing('subscription', id);
  return subscription;
}

export function updateSubscription(
  state: StandInState,
  id: string,
  input: z.output<typeof subscriptionUpdate>,
): SubscriptionShape {
  const subscription = getSubscription(state, id);
  const ended = subscription.status === 'canceled' || subscription.status === 'incomplete_expired';
  if (ended && (input.items !== undefined || input.cancel_at_period_end !== undefined)) {
    throw invalidRequest('A canceled subscription can only update its cancellation_details and metadata.');
  }
  input.items?.forEach((change, index) => {
    applyItemChange(state, subscription, change, index);
  });
  if (input.cancel_at_period_end !== undefined)
    setCancelAtPeriodEnd(subscription, input.cancel_at_period_end);
  if (input.metadata !== undefined)
    subscription.metadata = mergeMetadata(subscription.metadata, input.metadata);
  return subscription;
}

function applyItemChange(
  state: StandInState,
  subscription: SubscriptionShape,
  change: { id?: string; price?: string; quantity?: number },
  index: number,
): void {
  const items = subscription.items.data;
  if (change.id === undefined) {
    if (!change.price) throw invalidRequest('A new item needs a price.', `items[${index}][price]`);
    const price = referencedPrice(state, change.price, `items[${index}][price]`);
    const period = items[0];
    const start = period?.current_period_start ?? nowSeconds();
    items.push(
      newItem(subscription.id, price, change.quantity ?? 1, start, period?.current_period_end ?? start),
    );
    subscription.items.total_count = items.length;
    return;
  }
  const item = items.find((candidate) => candidate.id === change.id);
  if (!item) {
    throw invalidRequest(
      `Invalid subscription item: '${change.id}' is not an item of ${subscription.id}.`,
      `items[${index}][id]`,
    );
  }
  if (change.price !== undefined) item.price = referencedPrice(state, change.price, `items[${index}][price]`);
  if (change.quantity !== undefined) item.quantity = change.quantity;
}

/** In recent API versions the period lives on the items; cancel_at is set to the end of it. */
export function setCancelAtPeriodEnd(subscription: SubscriptionShape, cancel: boolean): void {
  subscription.cancel_at_period_end = cancel;
  subscription.cancel_at = cancel ? currentPeriodEnd(subscription) : null;
  subscription.canceled_at = cancel ? nowSeconds() : null;
  subscription.cancellation_details = {
    comment: null,
    feedback: null,
    feedback_option: null,
    reason: cancel ? 'cancellation_requested' : null,
  };
}

/** `DELETE /v1/subscriptions/:id`: ends it now. A canceled one is gone for this call: 404, as in Stripe. */
export function cancelSubscription(state: StandInState, id: string): SubscriptionShape {
  const subscription = getSubscription(state, id);
  if (subscription.status === 'canceled') throw resourceMissing('subscription', id);
  const now = nowSeconds();
  subscription.status = 'canceled';
  subscription.canceled_at = now;
  subscription.ended_at = now;
  subscription.cancel_at_period_end = false;
  subscription.cancellation_details = {
    comment: null,
    feedback: null,
    feedback_option: null,
    reason: 'cancellation_requested',
  };
  return subscription;
}

const ENDED: Stripe.Subscription.Status[] = ['canceled', 'incomplete_expired'];

/** Newest first; without `status`, canceled subscriptions are left out, as Stripe does. */
export function listSubscriptions(state: StandInState, input: z.output<typeof subscriptionList>) {
  const matching = [...state.subscriptions.values()]
    .filter((sub) => input.customer === undefined || sub.customer === input.customer)
    .filter(
      (sub) => input.price === undefined || sub.items.data.some((item) => item.price.id === input.price),
    )
    .filter((sub) => statusMatches(sub.status, input.status))
    .reverse();
  const after = input.starting_after;
  const start = after ? matching.findIndex((sub) => sub.id === after) + 1 : 0;
  if (after && start === 0) throw resourceMissing('subscription', after, 'starting_after');
  const limit = input.limit ?? 10;
  const page = matching.slice(start, start + limit);
  return { object: 'list', data: page, has_more: start + limit < matching.length, url: '/v1/subscriptions' };
}

function statusMatches(status: Stripe.Subscription.Status, filter: string | undefined): boolean {
  if (filter === 'all') return true;
  if (filter === 'ended') return ENDED.includes(status);
  if (filter === undefined) return status !== 'canceled';
  return status === filter;
}

export function currentPeriodEnd(subscription: SubscriptionShape): number {
  return Math.max(...subscription.items.data.map((item) => item.current_period_end));
}

function newItem(
  subscriptionId: string,
  price: PriceShape,
  quantity: number,
  start: number,
  end: number,
): SubscriptionItemShape {
  return {
    id: newId('si_', 14),
    object: 'subscription_item',
    created: start,
    current_period_start: start,
    current_period_end: end,
    discounts: [],
    metadata: {},
    price,
    quantity,
    subscription: subscriptionId,
    tax_rates: [],
  };
}

function itemsUrl(subscriptionId: string): string {
  return `/v1/subscription_items?subscription=${subscriptionId}`;
}
