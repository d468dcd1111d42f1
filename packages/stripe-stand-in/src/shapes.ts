import type Stripe from 'stripe';

// The objects as the stand-in sends them: the fields of the SDK's own types (API version pinned by
// stripe 23.2.0) that the kit reads, so a renamed or moved field fails the typecheck here.

type Metadata = Record<string, string>;
type List<T> = { object: 'list'; data: T[]; has_more: boolean; url: string };

export type PriceShape = Pick<
  Stripe.Price,
  | 'id'
  | 'object'
  | 'active'
  | 'billing_scheme'
  | 'created'
  | 'currency'
  | 'livemode'
  | 'lookup_key'
  | 'metadata'
  | 'nickname'
  | 'recurring'
  | 'tax_behavior'
  | 'type'
  | 'unit_amount'
> & { product: string; unit_amount_decimal: string };

export type CustomerShape = Pick<
  Stripe.Customer,
  | 'id'
  | 'object'
  | 'balance'
  | 'created'
  | 'default_source'
  | 'description'
  | 'email'
  | 'livemode'
  | 'shipping'
> & { name: string | null; metadata: Metadata };

export type SubscriptionItemShape = Pick<
  Stripe.SubscriptionItem,
  | 'id'
  | 'object'
  | 'created'
  | 'current_period_start'
  | 'current_period_end'
  | 'discounts'
  | 'quantity'
  | 'subscription'
  | 'tax_rates'
> & { price: PriceShape; metadata: Metadata };

export type SubscriptionShape = Pick<
  Stripe.Subscription,
  | 'id'
  | 'object'
  | 'billing_cycle_anchor'
  | 'cancel_at'
  | 'cancel_at_period_end'
  | 'canceled_at'
  | 'cancellation_details'
  | 'collection_method'
  | 'created'
  | 'currency'
  | 'description'
  | 'discounts'
  | 'ended_at'
  | 'livemode'
  | 'start_date'
  | 'status'
  | 'trial_end'
  | 'trial_start'
> & {
  customer: string;
  items: List<SubscriptionItemShape> & { total_count: number };
  latest_invoice: string | null;
  metadata: Metadata;
};

export type CheckoutSessionShape = Pick<
  Stripe.Checkout.Session,
  | 'id'
  | 'object'
  | 'amount_subtotal'
  | 'amount_total'
  | 'cancel_url'
  | 'client_reference_id'
  | 'created'
  | 'currency'
  | 'customer_email'
  | 'expires_at'
  | 'livemode'
  | 'mode'
  | 'payment_status'
  | 'status'
  | 'success_url'
  | 'url'
> & {
  customer: string | null;
  invoice: string | null;
  metadata: Metadata;
  subscription: string | null;
};

export type PortalSessionShape = Pick<
  Stripe.BillingPortal.Session,
  | 'id'
  | 'object'
  | 'created'
  | 'customer'
  | 'customer_account'
  | 'flow'
  | 'livemode'
  | 'locale'
  | 'on_behalf_of'
  | 'return_url'
  | 'url'
> & { configuration: string };

export type InvoiceShape = Pick<
  Stripe.Invoice,
  | 'id'
  | 'object'
  | 'amount_due'
  | 'amount_paid'
  | 'amount_remaining'
  | 'attempt_count'
  | 'attempted'
  | 'billing_reason'
  | 'collection_method'
  | 'created'
  | 'currency'
  | 'livemode'
  | 'period_end'
  | 'period_start'
  | 'status'
  | 'status_transitions'
  | 'subtotal'
  | 'total'
> & {
  customer: string;
  lines: List<never>;
  metadata: Metadata;
  parent: {
    type: 'subscription_details';
    quote_details: null;
    subscription_details: { metadata: Metadata; subscription: string };
  };
};

export type EventShape = Pick<
  Stripe.Event,
  'id' | 'object' | 'api_version' | 'created' | 'livemode' | 'request'
> & {
  type: Stripe.Event.Type;
  pending_webhooks: number;
  data: { object: unknown; previous_attributes?: Record<string, unknown> };
};

/** The parts of a checkout session that are not sent back but decide the subscription it creates. */
export interface CheckoutIntent {
  lineItems: { price: string; quantity: number }[];
  subscriptionMetadata: Metadata;
  trialPeriodDays: number | null;
}
