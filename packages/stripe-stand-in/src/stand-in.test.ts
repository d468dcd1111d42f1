import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type StripeStandIn, startStripeStandIn } from './index';

const SECRET = 'whsec_test_secret';
const DAY = 86_400;

/** A stand-in for the app's webhook route: verifies each delivery over its raw bytes, as the app must. */
async function startWebhookReceiver() {
  const received: Stripe.Event[] = [];
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    try {
      const event = Stripe.webhooks.constructEvent(body, request.headers['stripe-signature'] ?? '', SECRET);
      received.push(event);
      response.writeHead(200).end(JSON.stringify({ received: event.type }));
    } catch {
      response.writeHead(400).end('bad signature');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webhooks/stripe`;
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let standIn: StripeStandIn;
let stripe: Stripe;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  standIn = await startStripeStandIn({ webhookUrl: receiver.url, webhookSecret: SECRET });
  stripe = new Stripe('sk_test_standin', { ...standIn.stripeOptions, maxNetworkRetries: 0 });
  standIn.addPrice({ id: 'price_pro_monthly', unitAmount: 1500, currency: 'usd', interval: 'month' });
});

afterAll(async () => {
  await standIn.close();
  await receiver.close();
});

afterEach(() => {
  standIn.failNext(0);
  standIn.setUnavailable(false);
});

async function subscribe(organizationId: string, quantity = 3) {
  const customer = await stripe.customers.create({ name: organizationId, metadata: { organizationId } });
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: customer.id,
    client_reference_id: organizationId,
    line_items: [{ price: 'price_pro_monthly', quantity }],
    subscription_data: { metadata: { organizationId } },
    success_url: 'http://app.test/billing?session={CHECKOUT_SESSION_ID}',
    cancel_url: 'http://app.test/billing',
  });
  const { subscription } = standIn.completeCheckout(session.id);
  return { customer, session, subscriptionId: subscription.id };
}

describe('customers', () => {
  it('creates and retrieves a customer with its metadata', async () => {
    const created = await stripe.customers.create({
      name: 'Acme',
      email: 'billing@acme.test',
      metadata: { organizationId: 'org_1' },
    });
    expect(created).toMatchObject({ object: 'customer', name: 'Acme', email: 'billing@acme.test' });
    expect(created.id).toMatch(/^cus_/);
    const read = await stripe.customers.retrieve(created.id);
    expect(read).toMatchObject({ id: created.id, metadata: { organizationId: 'org_1' } });
  });

  it('answers 404 resource_missing for an unknown id', async () => {
    const error = await stripe.customers.retrieve('cus_nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'id' });
    expect((error as Error).message).toContain("No such customer: 'cus_nope'");
  });

  it('refuses a call without a secret key with 401', async () => {
    const withPublishableKey = new Stripe('pk_test_x', { ...standIn.stripeOptions, maxNetworkRetries: 0 });
    const error = await withPublishableKey.customers.create({ name: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    const raw = await fetch(`${standIn.url}/v1/customers/cus_x`);
    expect(raw.status).toBe(401);
    expect(await raw.json()).toMatchObject({ error: { type: 'invalid_request_error' } });
  });
});

describe('checkout', () => {
  it('creates an open session pointing at the hosted page, then completes it into a subscription', async () => {
    const { customer, session, subscriptionId } = await subscribe('org_checkout', 4);
    expect(session).toMatchObject({ object: 'checkout.session', status: 'open', mode: 'subscription' });
    expect(session.id).toMatch(/^cs_/);
    expect(session.url).toBe(`${standIn.url}/checkout/${session.id}`);
    expect(session.success_url).toContain('{CHECKOUT_SESSION_ID}');
    expect(session.expires_at).toBeGreaterThan(session.created);

    const completed = await stripe.checkout.sessions.retrieve(session.id, { expand: ['subscription'] });
    expect(completed).toMatchObject({
      status: 'complete',
      customer: customer.id,
      client_reference_id: 'org_checkout',
    });
    expect((completed.subscription as Stripe.Subscription).id).toBe(subscriptionId);

    const subscription = await stripe.subscriptions.retrieve(subscriptionId);
    expect(subscription.id).toMatch(/^sub_/);
    expect(subscription).toMatchObject({
      object: 'subscription',
      status: 'active',
      customer: customer.id,
      metadata: { organizationId: 'org_checkout' },
      cancel_at_period_end: false,
    });
    const item = subscription.items.data[0];
    expect(item?.id).toMatch(/^si_/);
    expect(item?.quantity).toBe(4);
    expect(item?.price.id).toBe('price_pro_monthly');
    const periodDays = ((item?.current_period_end ?? 0) - (item?.current_period_start ?? 0)) / DAY;
    expect(periodDays).toBeGreaterThanOrEqual(28);
    expect(periodDays).toBeLessThanOrEqual(31);

    const invoice = await stripe.invoices.retrieve(String(subscription.latest_invoice));
    expect(invoice.id).toMatch(/^in_/);
    expect(invoice.parent?.subscription_details?.subscription).toBe(subscriptionId);
    expect(invoice).toMatchObject({ status: 'paid', amount_paid: 6000 });
  });

  it('starts a trial from subscription_data.trial_period_days', async () => {
    const customer = await stripe.customers.create({ name: 'trial' });
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      line_items: [{ price: 'price_pro_monthly', quantity: 1 }],
      subscription_data: { trial_period_days: 14 },
      success_url: 'http://app.test/ok',
    });
    const { subscription } = standIn.completeCheckout(session.id);
    expect(subscription.status).toBe('trialing');
    expect((subscription.trial_end ?? 0) - (subscription.trial_start ?? 0)).toBe(14 * DAY);
  });

  it('refuses an unknown price and a missing success_url with 400 naming the parameter', async () => {
    const unknownPrice = await stripe.checkout.sessions
      .create({ mode: 'subscription', line_items: [{ price: 'price_nope' }], success_url: 'http://app.test' })
      .catch((e: unknown) => e);
    expect(unknownPrice).toMatchObject({
      statusCode: 400,
      param: 'line_items[0][price]',
      code: 'resource_missing',
    });
    const missing = await stripe.checkout.sessions
      .create({ mode: 'subscription', line_items: [{ price: 'price_pro_monthly' }] })
      .catch((e: unknown) => e);
    expect(missing).toMatchObject({ statusCode: 400, param: 'success_url', code: 'parameter_missing' });
  });

  it('expires an open session and then cannot expire it again', async () => {
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      line_items: [{ price: 'price_pro_monthly' }],
      success_url: 'http://app.test/ok',
    });
    const expired = await stripe.checkout.sessions.expire(session.id);
    expect(expired).toMatchObject({ status: 'expired', url: null });
    await expect(stripe.checkout.sessions.expire(session.id)).rejects.toMatchObject({ statusCode: 400 });
  });

  it('hosted page: completes, delivers signed events to the app, then redirects to the success_url', async () => {
    const customer = await stripe.customers.create({ name: 'hosted' });
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      client_reference_id: 'org_hosted',
      line_items: [{ price: 'price_pro_monthly', quantity: 2 }],
      success_url: 'http://app.test/billing?session={CHECKOUT_SESSION_ID}',
    });
    const before = receiver.received.length;
    const response = await fetch(String(session.url), { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`http://app.test/billing?session=${session.id}`);
    const events = receiver.received.slice(before);
    expect(events.map((event) => event.type)).toEqual([
      'checkout.session.completed',
      'customer.subscription.created',
    ]);
    const completed = events[0]?.data.object as Stripe.Checkout.Session;
    expect(completed).toMatchObject({
      id: session.id,
      status: 'complete',
      client_reference_id: 'org_hosted',
    });
    expect(standIn.deliveries.slice(-2).map((delivery) => delivery.status)).toEqual([200, 200]);
    // A second visit redirects again without a second subscription.
    const count = standIn.subscriptions.size;
    expect((await fetch(String(session.url), { redirect: 'manual' })).status).toBe(303);
    expect(standIn.subscriptions.size).toBe(count);
  });
});

describe('billing portal', () => {
  it('creates a session whose page links back to return_url', async () => {
    const customer = await stripe.customers.create({ name: 'portal' });
    const portal = await stripe.billingPortal.sessions.create({
      customer: customer.id,
      return_url: 'http://app.test/billing',
    });
    expect(portal).toMatchObject({ object: 'billing_portal.session', customer: customer.id });
    expect(portal.id).toMatch(/^bps_/);
    expect(portal.url).toBe(`${standIn.url}/portal/${portal.id}`);
    expect(await (await fetch(portal.url)).text()).toContain('href="http://app.test/billing"');
  });
});

describe('subscriptions', () => {
  it('updates the quantity once for one idempotency key, and refuses the key with other parameters', async () => {
    const { subscriptionId } = await subscribe('org_seats', 2);
    const itemId = standIn.subscriptions.get(subscriptionId)?.items.data[0]?.id ?? '';
    const update = { items: [{ id: itemId, quantity: 5 }], proration_behavior: 'create_prorations' as const };
    const first = await stripe.subscriptions.update(subscriptionId, update, {
      idempotencyKey: 'seats-org_seats-1',
    });
    expect(first.items.data[0]?.quantity).toBe(5);
    // Changed elsewhere meanwhile: a replay must answer the stored response without applying it again.
    standIn.setSubscription(subscriptionId, { quantity: 7 });
    const replay = await stripe.subscriptions.update(subscriptionId, update, {
      idempotencyKey: 'seats-org_seats-1',
    });
    expect(replay.items.data[0]?.quantity).toBe(5);
    expect(standIn.subscriptions.get(subscriptionId)?.items.data[0]?.quantity).toBe(7);
    expect(standIn.requests.at(-1)).toMatchObject({ idempotencyKey: 'seats-org_seats-1', replayed: true });

    const conflict = await stripe.subscriptions
      .update(
        subscriptionId,
        { items: [{ id: itemId, quantity: 6 }] },
        { idempotencyKey: 'seats-org_seats-1' },
      )
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(conflict).toMatchObject({ statusCode: 400 });
    expect(standIn.subscriptions.get(subscriptionId)?.items.data[0]?.quantity).toBe(7);
  });

  it('creates one checkout session for two creates with the same idempotency key', async () => {
    const params: Stripe.Checkout.SessionCreateParams = {
      mode: 'subscription',
      line_items: [{ price: 'price_pro_monthly', quantity: 1 }],
      success_url: 'http://app.test/ok',
    };
    const sessionsBefore = standIn.checkoutSessions.size;
    const [a, b] = await Promise.all([
      stripe.checkout.sessions.create(params, { idempotencyKey: 'checkout-org_x-1' }),
      stripe.checkout.sessions.create(params, { idempotencyKey: 'checkout-org_x-1' }),
    ]);
    expect(a.id).toBe(b.id);
    expect(standIn.checkoutSessions.size).toBe(sessionsBefore + 1);
  });

  it('cancels at period end, then cancels now; a canceled subscription cannot be canceled again', async () => {
    const { subscriptionId } = await subscribe('org_cancel');
    const atPeriodEnd = await stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: true });
    expect(atPeriodEnd.cancel_at_period_end).toBe(true);
    expect(atPeriodEnd.cancel_at).toBe(atPeriodEnd.items.data[0]?.current_period_end);

    const canceled = await stripe.subscriptions.cancel(subscriptionId);
    expect(canceled).toMatchObject({ status: 'canceled', cancel_at_period_end: false });
    expect(canceled.canceled_at).toEqual(expect.any(Number));
    expect(canceled.ended_at).toEqual(expect.any(Number));
    await expect(stripe.subscriptions.cancel(subscriptionId)).rejects.toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
    });
    await expect(
      stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: false }),
    ).rejects.toMatchObject({ statusCode: 400 });
  });

  it('lists by customer, leaving canceled ones out unless status is all', async () => {
    const { customer, subscriptionId: first } = await subscribe('org_list');
    const second = await stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      line_items: [{ price: 'price_pro_monthly' }],
      success_url: 'http://app.test/ok',
    });
    const secondId = standIn.completeCheckout(second.id).subscription.id;
    await subscribe('org_other');
    await stripe.subscriptions.cancel(first);

    const live = await stripe.subscriptions.list({ customer: customer.id });
    expect(live.data.map((sub) => sub.id)).toEqual([secondId]);
    const all = await stripe.subscriptions.list({ customer: customer.id, status: 'all' });
    expect(all.data.map((sub) => sub.id)).toEqual([secondId, first]);
    expect(all).toMatchObject({ object: 'list', has_more: false });
  });

  it('lets a test move a subscription to past_due as Stripe would', async () => {
    const { subscriptionId } = await subscribe('org_dunning');
    standIn.setSubscription(subscriptionId, { status: 'past_due' });
    expect((await stripe.subscriptions.retrieve(subscriptionId)).status).toBe('past_due');
  });
});

describe('failures', () => {
  it('answers 500 api_error for the next calls, then recovers', async () => {
    standIn.failNext(1);
    const error = await stripe.customers.create({ name: 'down' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect(error).toMatchObject({ statusCode: 500 });
    expect((await stripe.customers.create({ name: 'up' })).id).toMatch(/^cus_/);
  });

  it('the SDK retries a 500 with the same idempotency key, and the retry has one effect', async () => {
    const retrying = new Stripe('sk_test_standin', { ...standIn.stripeOptions, maxNetworkRetries: 1 });
    const customersBefore = standIn.customers.size;
    standIn.failNext(1);
    const customer = await retrying.customers.create({ name: 'retried' });
    const calls = standIn.requests.slice(-2);
    expect(calls.map((call) => call.status)).toEqual([500, 200]);
    expect(calls[0]?.idempotencyKey).toBe(calls[1]?.idempotencyKey);
    expect(standIn.customers.size).toBe(customersBefore + 1);
    expect(customer.name).toBe('retried');
  });

  it('closes connections while unavailable', async () => {
    standIn.setUnavailable(true);
    const error = await stripe.customers.create({ name: 'unreachable' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    standIn.setUnavailable(false);
    expect((await stripe.customers.create({ name: 'reachable' })).id).toMatch(/^cus_/);
  });
});

describe('webhook deliveries', () => {
  it('signs so that the SDK verifies the exact bytes, and a wrong secret is refused', async () => {
    const { subscriptionId } = await subscribe('org_events');
    const updated = standIn.setSubscription(subscriptionId, { cancel_at_period_end: true });
    const event = standIn.event('customer.subscription.updated', updated, {
      previousAttributes: { cancel_at_period_end: false },
    });
    expect(event).toMatchObject({ object: 'event', livemode: false, api_version: Stripe.API_VERSION });
    expect(event.id).toMatch(/^evt_/);

    const delivered = await standIn.deliver(event);
    expect(delivered.status).toBe(200);
    const verified = receiver.received.at(-1);
    expect(verified?.id).toBe(event.id);
    expect((verified?.data.object as Stripe.Subscription | undefined)?.cancel_at_period_end).toBe(true);

    const wrongSecret = await standIn.deliver(event, { secret: 'whsec_other' });
    expect(wrongSecret.status).toBe(400);
  });

  it('builds invoice events with the subscription under parent.subscription_details', async () => {
    const { subscriptionId } = await subscribe('org_invoice');
    const invoice = standIn.createInvoice(subscriptionId, {
      status: 'open',
      billingReason: 'subscription_cycle',
    });
    const event = standIn.event('invoice.payment_failed', invoice);
    await standIn.deliver(event);
    const received = receiver.received.at(-1)?.data.object as Stripe.Invoice;
    expect(received.parent?.subscription_details?.subscription).toBe(subscriptionId);
    expect(received).toMatchObject({ object: 'invoice', status: 'open', amount_paid: 0 });
  });
});
