// Which organization and subscription a Stripe event is about, read from the event alone. The event's
// copy of the subscription is never stored: the handler re-reads it from Stripe (order does not matter).

import type Stripe from 'stripe';

export type HandledEventType =
  | 'checkout.session.completed'
  | 'customer.subscription.created'
  | 'customer.subscription.updated'
  | 'customer.subscription.deleted'
  | 'customer.subscription.trial_will_end'
  | 'invoice.paid'
  | 'invoice.payment_failed';

export interface EventTarget {
  type: HandledEventType;
  /** From the checkout's client_reference_id or the subscription's metadata (set at checkout). */
  organizationId: string | null;
  customerId: string | null;
  subscriptionId: string | null;
}

type Expandable = string | { id: string } | null | undefined;

const idOf = (value: Expandable): string | null => (typeof value === 'string' ? value : (value?.id ?? null));

const organizationIdIn = (metadata: Stripe.Metadata | null | undefined): string | null =>
  metadata?.organizationId?.trim() || null;

function subscriptionOfInvoice(invoice: Stripe.Invoice): {
  id: string | null;
  metadata: Stripe.Metadata | null;
} {
  // Since API version 2025-03-31 an invoice names its subscription under parent.subscription_details.
  const details = invoice.parent?.subscription_details;
  return { id: idOf(details?.subscription), metadata: details?.metadata ?? null };
}

/** The target of an event the kit handles; null for any other event (recorded and ignored). */
export function targetOfEvent(event: Stripe.Event): EventTarget | null {
  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object;
      if (session.mode !== 'subscription') return null;
      return {
        type: event.type,
        organizationId: session.client_reference_id?.trim() || null,
        customerId: idOf(session.customer),
        subscriptionId: idOf(session.subscription),
      };
    }
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
    case 'customer.subscription.trial_will_end': {
      const subscription = event.data.object;
      return {
        type: event.type,
        organizationId: organizationIdIn(subscription.metadata),
        customerId: idOf(subscription.customer),
        subscriptionId: subscription.id,
      };
    }
    case 'invoice.paid':
    case 'invoice.payment_failed': {
      const invoice = event.data.object;
      const subscription = subscriptionOfInvoice(invoice);
      return {
        type: event.type,
        organizationId: organizationIdIn(subscription.metadata),
        customerId: idOf(invoice.customer),
        subscriptionId: subscription.id,
      };
    }
    default:
      return null;
  }
}
