import type { z } from 'zod';
import { createCustomer, referencedCustomer } from './customers';
import { invalidRequest, resourceMissing } from './errors';
import { newId, nowSeconds } from './ids';
import type { checkoutCreate } from './params';
import { referencedPrice } from './prices';
import type { CheckoutSessionShape, SubscriptionShape } from './shapes';
import type { StandInState } from './state';
import { createSubscription } from './subscriptions';

const SESSION_LIFETIME_SECONDS = 24 * 60 * 60;

export function createCheckoutSession(
  state: StandInState,
  input: z.output<typeof checkoutCreate>,
): CheckoutSessionShape {
  if (input.customer) referencedCustomer(state, input.customer);
  const lineItems = input.line_items.map((item, index) => ({
    price: referencedPrice(state, item.price, `line_items[${index}][price]`),
    quantity: item.quantity ?? 1,
  }));
  const now = nowSeconds();
  const id = newId('cs_test_', 58);
  const amount = lineItems.reduce((sum, item) => sum + (item.price.unit_amount ?? 0) * item.quantity, 0);
  const session: CheckoutSessionShape = {
    id,
    object: 'checkout.session',
    amount_subtotal: amount,
    amount_total: amount,
    cancel_url: input.cancel_url ?? null,
    client_reference_id: input.client_reference_id ?? null,
    created: now,
    currency: lineItems[0]?.price.currency ?? null,
    customer: input.customer ?? null,
    customer_email: input.customer_email ?? null,
    expires_at: now + SESSION_LIFETIME_SECONDS,
    invoice: null,
    livemode: false,
    metadata: input.metadata ?? {},
    mode: 'subscription',
    payment_status: 'unpaid',
    status: 'open',
    subscription: null,
    // Stripe sends success_url back as given; it substitutes {CHECKOUT_SESSION_ID} only on the redirect.
    success_url: input.success_url,
    url: `${state.baseUrl}/checkout/${id}`,
  };
  state.checkoutSessions.set(id, session);
  state.checkoutIntents.set(id, {
    lineItems: lineItems.map((item) => ({ price: item.price.id, quantity: item.quantity })),
    subscriptionMetadata: input.subscription_data?.metadata ?? {},
    trialPeriodDays: input.subscription_data?.trial_period_days ?? null,
  });
  return session;
}

export function getCheckoutSession(state: StandInState, id: string): CheckoutSessionShape {
  const session = state.checkoutSessions.get(id);
  if (!session) throw resourceMissing('checkout.session', id, 'session');
  return session;
}

export function expireCheckoutSession(state: StandInState, id: string): CheckoutSessionShape {
  const session = getCheckoutSession(state, id);
  if (session.status !== 'open') {
    throw invalidRequest(
      `Only Checkout Sessions with a status in ["open"] can be expired. This one is '${session.status}'.`,
      'session',
    );
  }
  session.status = 'expired';
  session.url = null;
  return session;
}

export interface CompleteCheckoutOptions {
  /** Defaults to 'trialing' when the session (or `trialDays`) gives a trial, else 'active'. */
  status?: 'active' | 'trialing';
  /** Overrides `subscription_data.trial_period_days` (which applies unless `status` is 'active'). */
  trialDays?: number;
}

/** What the customer paying on the hosted page does: the subscription is created, the session completes. */
export function completeCheckout(
  state: StandInState,
  id: string,
  options: CompleteCheckoutOptions = {},
): { session: CheckoutSessionShape; subscription: SubscriptionShape } {
  const session = getCheckoutSession(state, id);
  const intent = state.checkoutIntents.get(id);
  if (session.status !== 'open' || !intent) {
    throw new Error(`Checkout session ${id} is '${session.status}', not 'open': it cannot be completed.`);
  }
  const customer =
    session.customer ?? createCustomer(state, { email: session.customer_email ?? undefined }).id;
  // An explicit 'active' means no trial unless trialDays says otherwise; 'trialing' alone means 14 days.
  const trialDays =
    options.trialDays ??
    (options.status === 'active'
      ? null
      : (intent.trialPeriodDays ?? (options.status === 'trialing' ? 14 : null)));
  const subscription = createSubscription(state, {
    customer,
    items: intent.lineItems.map((item) => ({
      price: referencedPrice(state, item.price, 'price'),
      quantity: item.quantity,
    })),
    metadata: intent.subscriptionMetadata,
    trialDays,
    status: options.status,
  });
  session.customer = customer;
  session.subscription = subscription.id;
  session.invoice = subscription.latest_invoice;
  session.status = 'complete';
  session.payment_status = subscription.status === 'trialing' ? 'no_payment_required' : 'paid';
  session.url = null;
  return { session, subscription };
}

/** The success_url with `{CHECKOUT_SESSION_ID}` replaced, where the hosted page sends the browser. */
export function successRedirect(session: CheckoutSessionShape): string {
  return (session.success_url ?? '').replaceAll('{CHECKOUT_SESSION_ID}', session.id);
}
