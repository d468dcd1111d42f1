// Stripe webhooks at POST /api/billing/webhook over HTTP against the production build and the Stripe
// stand-in: only deliveries signed by Stripe are applied, each event once (replays and concurrent
// duplicates have one effect), in any order (the subscription is re-read from Stripe), unknown
// customers change nothing, and a failing handler keeps nothing so Stripe's retry applies it.
import { accessOf } from '@kit/billing/access';
import { getDatabase } from '@kit/database';
import { organizationBilling, stripeEvent } from '@kit/database/schema';
import { createTestUser } from '@kit/database/testing';
import { emailsInLog } from '@kit/mailers/testing';
import type { EventShape } from '@kit/stripe-stand-in';
import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billingPlans } from '../src/billing-plans';
import { projects } from '../src/features/projects/projects.table';
import { startAppServer } from './support/app-server';
import {
  type BillingApp,
  billingRowOf,
  completeTestCheckout,
  createSubscribedOrganization,
  recordedEventCount,
  startBillingApp,
  TEST_STRIPE_WEBHOOK_SECRET,
  WEBHOOK_PATH,
} from './support/billing';

let billing: BillingApp;

beforeAll(async () => {
  billing = await startBillingApp();
});

afterAll(async () => {
  await billing?.stop();
});

/** Posts exactly `body` with the given Stripe-Signature header (or none). */
function post(body: string, signature?: string) {
  return fetch(`${billing.app.baseUrl}${WEBHOOK_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
    body,
  });
}

function sign(payload: string, options: { secret?: string; timestamp?: number } = {}) {
  return Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? TEST_STRIPE_WEBHOOK_SECRET,
    ...(options.timestamp ? { timestamp: options.timestamp } : {}),
  });
}

/** The stand-in's reads of one subscription (the handler's re-reads). */
function reReadsOf(subscriptionId: string): number {
  return billing.standIn.requests.filter(
    (request) => request.method === 'GET' && request.path === `/v1/subscriptions/${subscriptionId}`,
  ).length;
}

function emailsTo(address: string) {
  return emailsInLog(billing.app.output()).filter((mail) => mail.to === address);
}

async function allBillingRows() {
  return getDatabase().select().from(organizationBilling).orderBy(organizationBilling.organizationId);
}

async function expectDelivered(event: EventShape, result?: string) {
  const delivery = await billing.deliver(event);
  expect(delivery.status, delivery.body).toBe(200);
  if (result) expect(JSON.parse(delivery.body)).toMatchObject({ received: true, result });
}

describe('signature: only deliveries signed by Stripe over these exact bytes are applied', () => {
  it('refuses unsigned, forged, tampered and stale deliveries with 400 and changes nothing, then applies a valid one', async () => {
    const org = await createSubscribedOrganization(billing, { linked: false });
    // Serialized as Stripe sends it (indented); any other bytes must fail the signature.
    const payload = JSON.stringify(org.checkoutEvent, null, 2);
    const before = await billingRowOf(org.organizationId);
    expect(before?.stripeSubscriptionId).toBeNull();

    const tampered = payload.replace(`"${org.organizationId}"`, `"${crypto.randomUUID()}"`);
    expect(tampered).not.toBe(payload);
    const attempts = {
      unsigned: await post(payload),
      forged: await post(payload, sign(payload, { secret: 'whsec_not_the_endpoint_secret' })),
      tampered: await post(tampered, sign(payload)),
      reserialized: await post(JSON.stringify(org.checkoutEvent), sign(payload)),
      stale: await post(payload, sign(payload, { timestamp: Math.floor(Date.now() / 1000) - 301 })),
      garbage: await post(payload, 't=1,v1=deadbeef'),
    };
    for (const [name, response] of Object.entries(attempts)) {
      expect(response.status, name).toBe(400);
      const text = await response.text();
      expect(text, name).toMatch(/signature/i);
      expect(text, name).not.toMatch(/at .*\.(m?js|ts):\d+/);
    }
    expect(await billingRowOf(org.organizationId)).toEqual(before);
    expect(await recordedEventCount(org.checkoutEvent.id)).toBe(0);
    expect(reReadsOf(org.subscriptionId)).toBe(0);

    // The same bytes, signed now with the endpoint's secret: applied.
    const valid = await post(payload, sign(payload));
    expect(valid.status).toBe(200);
    const linked = await billingRowOf(org.organizationId);
    expect(linked).toMatchObject({
      stripeSubscriptionId: org.subscriptionId,
      planId: 'pro',
      status: 'active',
      seats: 1,
      openCheckoutSessionId: null,
      pastDueSince: null,
    });
    expect(linked?.currentPeriodEnd?.getTime()).toBeGreaterThan(Date.now());
  });

  it('refuses a body larger than any Stripe event (413) before reading it all', async () => {
    const payload = JSON.stringify({ id: 'evt_huge', padding: 'x'.repeat(1024 * 1024 + 1) });
    const response = await post(payload, sign(payload));
    expect(response.status).toBe(413);
    expect(await recordedEventCount('evt_huge')).toBe(0);
  });

  it('answers 404 when billing is off', async () => {
    const app = await startAppServer();
    try {
      const payload = JSON.stringify({ id: 'evt_off', type: 'invoice.paid' });
      const response = await fetch(`${app.baseUrl}${WEBHOOK_PATH}`, {
        method: 'POST',
        headers: { 'stripe-signature': sign(payload) },
        body: payload,
      });
      expect(response.status).toBe(404);
      expect(await recordedEventCount('evt_off')).toBe(0);
    } finally {
      await app.stop();
    }
  });
});

describe('each event is applied once', () => {
  it('a replay answers 2xx and changes nothing', async () => {
    const org = await createSubscribedOrganization(billing);
    const linked = await billingRowOf(org.organizationId);
    const reReads = reReadsOf(org.subscriptionId);
    billing.standIn.setSubscription(org.subscriptionId, { status: 'past_due' });

    await expectDelivered(org.checkoutEvent, 'duplicate');

    expect(await billingRowOf(org.organizationId)).toEqual(linked);
    expect(reReadsOf(org.subscriptionId)).toBe(reReads);
    expect(await recordedEventCount(org.checkoutEvent.id)).toBe(1);
  });

  it('ten concurrent deliveries of invoice.payment_failed: one state change, one re-read, one email to the billing manager only', async () => {
    const db = getDatabase();
    const admin = await createTestUser(db);
    const member = await createTestUser(db);
    const org = await createSubscribedOrganization(billing, {
      members: [
        { user: admin, role: 'admin' },
        { user: member, role: 'member' },
      ],
    });
    billing.standIn.setSubscription(org.subscriptionId, { status: 'past_due' });
    const invoice = billing.standIn.createInvoice(org.subscriptionId, { status: 'open' });
    const event = billing.standIn.event('invoice.payment_failed', invoice);
    const reReads = reReadsOf(org.subscriptionId);
    const startedAt = Date.now();

    const deliveries = await Promise.all(Array.from({ length: 10 }, () => billing.deliver(event)));

    expect(deliveries.map((delivery) => delivery.status)).toEqual(Array(10).fill(200));
    const results = deliveries.map((delivery) => JSON.parse(delivery.body).result);
    expect(results.filter((result) => result === 'applied')).toHaveLength(1);
    expect(results.filter((result) => result === 'duplicate')).toHaveLength(9);
    expect(await recordedEventCount(event.id)).toBe(1);
    expect(reReadsOf(org.subscriptionId) - reReads).toBe(1);

    const row = await billingRowOf(org.organizationId);
    expect(row?.status).toBe('past_due');
    expect(row?.pastDueSince?.getTime()).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(accessOf(billingPlans, row ?? null).mode).toBe('grace');

    const ownerEmails = emailsTo(org.owner.email);
    expect(ownerEmails).toHaveLength(1);
    expect(ownerEmails[0]?.links.some((link) => link.endsWith('/settings/billing'))).toBe(true);
    expect(emailsTo(admin.email)).toHaveLength(0);
    expect(emailsTo(member.email)).toHaveLength(0);
  });

  it('invoice.paid after a failed payment: active again, past_due_since cleared', async () => {
    const org = await createSubscribedOrganization(billing);
    billing.standIn.setSubscription(org.subscriptionId, { status: 'past_due' });
    await expectDelivered(
      billing.standIn.event(
        'invoice.payment_failed',
        billing.standIn.createInvoice(org.subscriptionId, { status: 'open' }),
      ),
      'applied',
    );
    expect((await billingRowOf(org.organizationId))?.pastDueSince).not.toBeNull();

    billing.standIn.setSubscription(org.subscriptionId, { status: 'active' });
    await expectDelivered(
      billing.standIn.event('invoice.paid', billing.standIn.createInvoice(org.subscriptionId)),
      'applied',
    );
    expect(await billingRowOf(org.organizationId)).toMatchObject({ status: 'active', pastDueSince: null });
  });

  it('trial_will_end emails the billing manager once, however often it is delivered', async () => {
    const org = await createSubscribedOrganization(billing, { status: 'trialing' });
    expect((await billingRowOf(org.organizationId))?.status).toBe('trialing');
    const subscription = billing.standIn.subscriptions.get(org.subscriptionId);
    const event = billing.standIn.event('customer.subscription.trial_will_end', subscription);
    await expectDelivered(event, 'applied');
    await expectDelivered(event, 'duplicate');
    expect(emailsTo(org.owner.email)).toHaveLength(1);
  });
});

describe('order does not matter: what Stripe says now is stored', () => {
  it('an old customer.subscription.updated (active) delivered after the cancellation leaves it canceled', async () => {
    const org = await createSubscribedOrganization(billing);
    const whileActive = billing.standIn.event(
      'customer.subscription.updated',
      billing.standIn.subscriptions.get(org.subscriptionId),
      { created: Math.floor(Date.now() / 1000) - 60 },
    );
    billing.standIn.setSubscription(org.subscriptionId, { status: 'canceled' });
    const deleted = billing.standIn.event(
      'customer.subscription.deleted',
      billing.standIn.subscriptions.get(org.subscriptionId),
    );

    await expectDelivered(deleted, 'applied');
    await expectDelivered(whileActive, 'applied');

    expect((await billingRowOf(org.organizationId))?.status).toBe('canceled');
  });

  it('customer.subscription.deleted: canceled, back to the free limits, data kept', async () => {
    const org = await createSubscribedOrganization(billing);
    const db = getDatabase();
    await db
      .insert(projects)
      .values(
        Array.from({ length: 5 }, (_, index) => ({ organizationId: org.organizationId, name: `P${index}` })),
      );
    billing.standIn.setSubscription(org.subscriptionId, { status: 'canceled' });

    await expectDelivered(
      billing.standIn.event(
        'customer.subscription.deleted',
        billing.standIn.subscriptions.get(org.subscriptionId),
      ),
      'applied',
    );

    const row = await billingRowOf(org.organizationId);
    expect(row).toMatchObject({ status: 'canceled', stripeSubscriptionId: org.subscriptionId });
    expect(accessOf(billingPlans, row ?? null).planId).toBe('free');
    const kept = await db.select().from(projects).where(eq(projects.organizationId, org.organizationId));
    expect(kept).toHaveLength(5);
  });

  it('a second completed checkout for an organization with a live subscription is canceled in Stripe; the first stays', async () => {
    const org = await createSubscribedOrganization(billing);
    const second = await completeTestCheckout(billing, {
      organizationId: org.organizationId,
      customerId: org.customerId,
      planId: 'team',
    });

    await expectDelivered(billing.standIn.event('checkout.session.completed', second.session), 'applied');
    await expectDelivered(
      billing.standIn.event('customer.subscription.created', second.subscription),
      'applied',
    );

    expect(billing.standIn.subscriptions.get(second.subscription.id)?.status).toBe('canceled');
    expect(await billingRowOf(org.organizationId)).toMatchObject({
      stripeSubscriptionId: org.subscriptionId,
      planId: 'pro',
      status: 'active',
    });
  });
});

describe('events for no known organization', () => {
  it('answers 2xx, records the event, changes nothing and logs a warning with the request id', async () => {
    const stranger = await billing.stripe.customers.create({ email: 'stranger@example.test' });
    const session = await billing.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: stranger.id,
      line_items: [{ price: billing.prices.pro.id }],
      success_url: 'https://example.test/done',
    });
    const { subscription } = billing.standIn.completeCheckout(session.id);
    const before = await allBillingRows();
    const event = billing.standIn.event('customer.subscription.updated', subscription);
    const deletedOrganization = billing.standIn.event('checkout.session.completed', {
      ...billing.standIn.checkoutSessions.get(session.id),
      client_reference_id: crypto.randomUUID(),
    });

    await expectDelivered(event, 'unknown-organization');
    await expectDelivered(deletedOrganization, 'unknown-organization');
    await expectDelivered(event, 'duplicate');

    expect(await allBillingRows()).toEqual(before);
    expect(await recordedEventCount(event.id)).toBe(1);
    expect(reReadsOf(subscription.id)).toBe(0);
    const warning = billing.app
      .output()
      .split('\n')
      .find((line) => line.includes(event.id) && line.includes('no known organization'));
    expect(warning).toMatch(/"reqId":"[^"]+"/);
  });
});

describe('a handler that fails', () => {
  it('answers 5xx with nothing kept while Stripe is unreachable; the retry applies it', async () => {
    const org = await createSubscribedOrganization(billing);
    const linked = await billingRowOf(org.organizationId);
    billing.standIn.setSubscription(org.subscriptionId, { status: 'past_due' });
    const event = billing.standIn.event(
      'invoice.payment_failed',
      billing.standIn.createInvoice(org.subscriptionId, { status: 'open' }),
    );

    billing.standIn.setUnavailable(true);
    let failed: Awaited<ReturnType<BillingApp['deliver']>>;
    try {
      failed = await billing.deliver(event);
    } finally {
      billing.standIn.setUnavailable(false);
    }
    expect(failed.status).toBe(500);
    expect(failed.body).not.toMatch(/sk_test|whsec_|at .*\.(m?js|ts):\d+/);
    expect(await billingRowOf(org.organizationId)).toEqual(linked);
    expect(await recordedEventCount(event.id)).toBe(0);
    expect(emailsTo(org.owner.email)).toHaveLength(0);
    expect(billing.app.output()).not.toContain('sk_test_kit_billing_tests');

    await expectDelivered(event, 'applied');
    expect((await billingRowOf(org.organizationId))?.status).toBe('past_due');
    expect(await recordedEventCount(event.id)).toBe(1);
    expect(emailsTo(org.owner.email)).toHaveLength(1);
  }, 60_000);

  it('an event for an unhandled type is recorded and ignored', async () => {
    const event = billing.standIn.event('customer.created', { id: 'cus_unrelated', object: 'customer' });
    await expectDelivered(event, 'ignored');
    const rows = await getDatabase().select().from(stripeEvent).where(eq(stripeEvent.id, event.id));
    expect(rows).toMatchObject([{ type: 'customer.created' }]);
  });
});
