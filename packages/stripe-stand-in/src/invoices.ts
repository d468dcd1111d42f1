import type Stripe from 'stripe';
import { resourceMissing } from './errors';
import { newId, nowSeconds } from './ids';
import type { InvoiceShape, SubscriptionShape } from './shapes';
import type { StandInState } from './state';

export interface InvoiceOptions {
  /** 'paid' (default) or 'open' (a payment that failed or is pending). */
  status?: 'paid' | 'open';
  billingReason?: Stripe.Invoice.BillingReason;
  /** Defaults to the sum of the items (price × quantity); 0 during a trial. */
  amount?: number;
}

/** An invoice of the subscription, in the shape of recent API versions (the subscription under `parent`). */
export function createInvoice(
  state: StandInState,
  subscription: SubscriptionShape,
  options: InvoiceOptions = {},
): InvoiceShape {
  const now = nowSeconds();
  const status = options.status ?? 'paid';
  const amount =
    options.amount ?? (subscription.status === 'trialing' ? 0 : subscriptionAmount(subscription));
  const firstItem = subscription.items.data[0];
  const id = newId('in_');
  const invoice: InvoiceShape = {
    id,
    object: 'invoice',
    amount_due: amount,
    amount_paid: status === 'paid' ? amount : 0,
    amount_remaining: status === 'paid' ? 0 : amount,
    attempt_count: 1,
    attempted: true,
    billing_reason: options.billingReason ?? 'subscription_cycle',
    collection_method: 'charge_automatically',
    created: now,
    currency: subscription.currency,
    customer: subscription.customer,
    livemode: false,
    lines: { object: 'list', data: [], has_more: false, url: `/v1/invoices/${id}/lines` },
    metadata: {},
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: { metadata: { ...subscription.metadata }, subscription: subscription.id },
    },
    period_end: firstItem?.current_period_end ?? now,
    period_start: firstItem?.current_period_start ?? now,
    status,
    status_transitions: {
      finalized_at: now,
      marked_uncollectible_at: null,
      paid_at: status === 'paid' ? now : null,
      voided_at: null,
    },
    subtotal: amount,
    total: amount,
  };
  state.invoices.set(id, invoice);
  subscription.latest_invoice = id;
  return invoice;
}

export function getInvoice(state: StandInState, id: string): InvoiceShape {
  const invoice = state.invoices.get(id);
  if (!invoice) throw resourceMissing('invoice', id);
  return invoice;
}

function subscriptionAmount(subscription: SubscriptionShape): number {
  return subscription.items.data.reduce(
    (sum, item) => sum + (item.price.unit_amount ?? 0) * (item.quantity ?? 1),
    0,
  );
}
