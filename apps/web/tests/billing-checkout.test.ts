// Checkout, the customer portal and subscription changes over HTTP against the production build, with
// Stripe played by the stand-in: only owners open them, always for the session's organization, two
// concurrent checkouts end in one session and one customer, a live subscription leads to the portal.
import { getDatabase } from '@kit/database';
import { auditLog } from '@kit/database/schema';
import { createTestOrganization, createTestUser, type TestUser } from '@kit/database/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import {
  type BillingStandIn,
  billingFn,
  billingRowOf,
  PRICE_IDS,
  startBillingStandIn,
  subscribeInStandIn,
} from './support/billing-fixtures';
import { HttpClient } from './support/http-client';
import { setActiveOrganization } from './support/organization-fixtures';

type Result<T> = { result: T };

describe('checkout and portal (production build, Stripe stand-in)', () => {
  let app: AppServer;
  let billing: BillingStandIn;
  const users = {} as Record<'owner' | 'member' | 'twoOrgOwner' | 'admin', TestUser>;

  async function client(user: TestUser, organizationId: string | null) {
    const signedIn = new HttpClient(app.baseUrl);
    expect((await signedIn.signIn(user)).status).toBe(200);
    await setActiveOrganization(signedIn, organizationId);
    return signedIn;
  }

  async function organizationWith(members: Array<{ user: TestUser; role: 'owner' | 'admin' | 'member' }>) {
    return createTestOrganization(getDatabase(), {
      members: members.map(({ user, role }) => ({ userId: user.id, role })),
    });
  }

  const sessionsOf = (customerId: string | undefined) =>
    [...billing.standIn.checkoutSessions.values()].filter((session) => session.customer === customerId);

  beforeAll(async () => {
    billing = await startBillingStandIn();
    app = await startAppServer(billing.env);
    const db = getDatabase();
    users.owner = await createTestUser(db);
    users.member = await createTestUser(db);
    users.twoOrgOwner = await createTestUser(db);
    users.admin = await createTestUser(db, { role: 'admin' });
  });
  afterAll(async () => {
    if (process.env.SHOW_APP_OUTPUT) console.log(app?.output());
    await app?.stop();
    await billing?.standIn.close();
  });

  it('a member sees the plan but cannot open checkout or the portal (403, nothing created in Stripe)', async () => {
    const org = await organizationWith([
      { user: users.owner, role: 'owner' },
      { user: users.member, role: 'member' },
    ]);
    const member = await client(users.member, org.id);
    const calls = billing.standIn.requests.length;

    const overview = await member.serverFn(billingFn.overview, { method: 'GET' });
    expect(overview.status).toBe(200);
    expect(overview.body).toMatchObject({
      result: {
        enabled: true,
        planId: 'free',
        planName: 'Free',
        canManage: false,
        mode: 'full',
        memberCount: 2,
      },
    });
    expect((await member.serverFn(billingFn.checkout, { data: { planId: 'pro' } })).status).toBe(403);
    expect((await member.serverFn(billingFn.portal, { data: {} })).status).toBe(403);
    expect((await member.serverFn(billingFn.cancel, { data: {} })).status).toBe(403);
    expect(billing.standIn.requests.length).toBe(calls);
    expect(await billingRowOf(org.id)).toBeUndefined();
  });

  it('checkout and portal are the active organization’s: an organizationId in the input is refused', async () => {
    const mine = await organizationWith([{ user: users.twoOrgOwner, role: 'owner' }]);
    const theirs = await organizationWith([
      { user: users.owner, role: 'owner' },
      { user: users.twoOrgOwner, role: 'member' },
    ]);
    await subscribeInStandIn(billing, theirs.id, 'pro');
    const theirCustomer = (await billingRowOf(theirs.id))?.stripeCustomerId;
    const calls = billing.standIn.requests.length;

    // Owner of `mine`, but `theirs` (where they are a member) is active: refused.
    const inTheirs = await client(users.twoOrgOwner, theirs.id);
    expect((await inTheirs.serverFn(billingFn.portal, { data: {} })).status).toBe(403);
    expect((await inTheirs.serverFn(billingFn.checkout, { data: { planId: 'pro' } })).status).toBe(403);

    // With their own organization active, naming the other one in the input is a 400, not a redirect.
    const inMine = await client(users.twoOrgOwner, mine.id);
    const smuggledPortal = await inMine.serverFn(billingFn.portal, { data: { organizationId: theirs.id } });
    expect(smuggledPortal.status).toBe(400);
    const smuggledCheckout = await inMine.serverFn(billingFn.checkout, {
      data: { planId: 'pro', organizationId: theirs.id },
    });
    expect(smuggledCheckout.status).toBe(400);
    expect(billing.standIn.requests.length).toBe(calls);
    expect(await billingRowOf(mine.id)).toBeUndefined();

    // A non-member whose session points at the organization gets nothing either.
    const outsider = await client(users.member, theirs.id);
    expect((await outsider.serverFn(billingFn.portal, { data: {} })).status).toBe(403);

    // The owner of `theirs` gets a portal for exactly their customer.
    const owner = await client(users.owner, theirs.id);
    const portal = await owner.serverFn(billingFn.portal, { data: {} });
    expect(portal.status).toBe(200);
    const url = (portal.body as Result<{ url: string }>).result.url;
    const portalSession = [...billing.standIn.portalSessions.values()].find((session) => session.url === url);
    expect(portalSession?.customer).toBe(theirCustomer);
    expect(portalSession?.return_url).toBe(`${app.baseUrl}/settings/billing`);
  });

  it('the portal before any checkout is a clear 404', async () => {
    const org = await organizationWith([{ user: users.owner, role: 'owner' }]);
    const owner = await client(users.owner, org.id);
    const portal = await owner.serverFn(billingFn.portal);
    expect(portal.status).toBe(404);
    expect(JSON.stringify(portal.body)).toContain('Choose a plan first');
  });

  it('an unknown plan is a 404 and the free plan a 400, with nothing created in Stripe', async () => {
    const org = await organizationWith([{ user: users.owner, role: 'owner' }]);
    const owner = await client(users.owner, org.id);
    const calls = billing.standIn.requests.length;
    expect((await owner.serverFn(billingFn.checkout, { data: { planId: 'platinum' } })).status).toBe(404);
    expect((await owner.serverFn(billingFn.checkout, { data: { planId: 'constructor' } })).status).toBe(404);
    expect((await owner.serverFn(billingFn.checkout, { data: { planId: 'free' } })).status).toBe(400);
    expect(billing.standIn.requests.length).toBe(calls);
    expect(await billingRowOf(org.id)).toBeUndefined();
  });

  it('concurrent checkouts end in one customer and one Checkout Session, on the app’s own URLs', async () => {
    const org = await organizationWith([{ user: users.owner, role: 'owner' }]);
    const owner = await client(users.owner, org.id);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => owner.serverFn(billingFn.checkout, { data: { planId: 'pro' } })),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    const urls = new Set(answers.map((answer) => (answer.body as Result<{ url: string }>).result.url));
    expect(urls.size).toBe(1);

    const customers = [...billing.standIn.customers.values()].filter(
      (customer) => customer.metadata.organizationId === org.id,
    );
    expect(customers).toHaveLength(1);
    expect(customers[0]?.name).toBe(org.name);
    const row = await billingRowOf(org.id);
    expect(row?.stripeCustomerId).toBe(customers[0]?.id);
    const sessions = sessionsOf(row?.stripeCustomerId);
    expect(sessions).toHaveLength(1);
    const [session] = sessions;
    expect(row?.openCheckoutSessionId).toBe(session?.id);
    expect(session).toMatchObject({
      mode: 'subscription',
      client_reference_id: org.id,
      success_url: `${app.baseUrl}/settings/billing?checkout=success`,
      cancel_url: `${app.baseUrl}/settings/billing?checkout=canceled`,
      url: [...urls][0],
    });
    // The subscription it makes carries the organization and the plan; pro is flat (quantity 1), 14-day trial.
    const created = billing.standIn.requests.find(
      (request) =>
        request.path === '/v1/checkout/sessions' &&
        request.method === 'POST' &&
        request.params.customer === row?.stripeCustomerId,
    );
    expect(created?.idempotencyKey).toMatch(new RegExp(`^checkout:${org.id}:pro:`));
    expect(created?.params).toMatchObject({
      line_items: [{ price: PRICE_IDS.pro, quantity: '1' }],
      subscription_data: { metadata: { organizationId: org.id, planId: 'pro' }, trial_period_days: '14' },
    });
    // No subscription is stored ahead of Stripe.
    expect(row?.status).toBeNull();
  });

  it('another plan while a checkout is open expires the first session; the team plan is per member', async () => {
    const org = await organizationWith([
      { user: users.owner, role: 'owner' },
      { user: users.member, role: 'member' },
    ]);
    const owner = await client(users.owner, org.id);
    const pro = await owner.serverFn(billingFn.checkout, { data: { planId: 'pro' } });
    const team = await owner.serverFn(billingFn.checkout, { data: { planId: 'team' } });
    expect([pro.status, team.status]).toEqual([200, 200]);
    const row = await billingRowOf(org.id);
    const sessions = sessionsOf(row?.stripeCustomerId);
    expect(sessions.map((session) => session.status).sort()).toEqual(['expired', 'open']);
    const open = sessions.find((session) => session.status === 'open');
    expect(open?.metadata).toMatchObject({ planId: 'team' });
    expect(row?.openCheckoutSessionId).toBe(open?.id);
    const teamRequest = billing.standIn.requests.findLast(
      (request) => request.path === '/v1/checkout/sessions' && request.method === 'POST',
    );
    expect(teamRequest?.params).toMatchObject({ line_items: [{ price: PRICE_IDS.team, quantity: '2' }] });
  });

  it('checkout while a subscription is live answers the portal, also before its webhook landed', async () => {
    const org = await organizationWith([{ user: users.owner, role: 'owner' }]);
    const owner = await client(users.owner, org.id);
    const first = await owner.serverFn(billingFn.checkout, { data: { planId: 'pro' } });
    expect(first.status).toBe(200);
    const row = await billingRowOf(org.id);
    // Paid in Stripe; the webhook has not arrived yet, so the database knows nothing of it.
    const { subscription } = billing.standIn.completeCheckout(row?.openCheckoutSessionId ?? '');

    const second = await owner.serverFn(billingFn.checkout, { data: { planId: 'team' } });
    expect(second.status).toBe(200);
    const url = (second.body as Result<{ url: string }>).result.url;
    expect(url).toContain('/portal/');
    expect(sessionsOf(row?.stripeCustomerId)).toHaveLength(1);
    // What Stripe said was stored (re-read from Stripe), so the next request knows without asking.
    expect(await billingRowOf(org.id)).toMatchObject({
      stripeSubscriptionId: subscription.id,
      planId: 'pro',
      status: 'trialing',
    });
    const third = await owner.serverFn(billingFn.checkout, { data: { planId: 'pro' } });
    expect((third.body as Result<{ url: string }>).result.url).toContain('/portal/');
    expect(sessionsOf(row?.stripeCustomerId)).toHaveLength(1);

    const overview = await owner.serverFn(billingFn.overview, { method: 'GET' });
    expect(overview.body).toMatchObject({
      result: { planId: 'pro', planName: 'Pro', status: 'trialing', canManage: true, nextSeatPrice: null },
    });
  });

  it('cancel at period end and resume change Stripe and then store what Stripe returned', async () => {
    const org = await organizationWith([{ user: users.owner, role: 'owner' }]);
    const subscriptionId = await subscribeInStandIn(billing, org.id, 'team', { quantity: 1 });
    const owner = await client(users.owner, org.id);

    const canceled = await owner.serverFn(billingFn.cancel, { data: {} });
    expect(canceled.status).toBe(200);
    expect(billing.standIn.subscriptions.get(subscriptionId)?.cancel_at_period_end).toBe(true);
    expect(await billingRowOf(org.id)).toMatchObject({ cancelAtPeriodEnd: true, status: 'active' });

    const resumed = await owner.serverFn(billingFn.resume);
    expect(resumed.status).toBe(200);
    expect(billing.standIn.subscriptions.get(subscriptionId)?.cancel_at_period_end).toBe(false);
    expect(await billingRowOf(org.id)).toMatchObject({ cancelAtPeriodEnd: false });

    const overview = await owner.serverFn(billingFn.overview, { method: 'GET' });
    expect(overview.body).toMatchObject({
      result: { planId: 'team', seats: 1, nextSeatPrice: { amount: 900, currency: 'eur' } },
    });
  });

  it('Stripe down: checkout answers 503 with a clear message and stores no session', async () => {
    const org = await organizationWith([{ user: users.owner, role: 'owner' }]);
    const owner = await client(users.owner, org.id);
    billing.standIn.setUnavailable(true);
    try {
      const answer = await owner.serverFn(billingFn.checkout, { data: { planId: 'pro' } });
      expect(answer.status).toBe(503);
      expect(JSON.stringify(answer.body)).toContain('could not be reached');
    } finally {
      billing.standIn.setUnavailable(false);
    }
    expect(await billingRowOf(org.id)).toBeUndefined();
  });

  it('an admin resyncs an organization from Stripe (audited); others cannot', async () => {
    const org = await organizationWith([{ user: users.owner, role: 'owner' }]);
    const subscriptionId = await subscribeInStandIn(billing, org.id, 'pro');
    // Stripe changed without the app hearing of it (a missed webhook).
    billing.standIn.setSubscription(subscriptionId, { status: 'past_due', cancel_at_period_end: true });

    const owner = await client(users.owner, org.id);
    const refused = await owner.serverFn(billingFn.resync, { data: { organizationId: org.id } });
    expect(refused.status).toBe(403);
    expect(await billingRowOf(org.id)).toMatchObject({ status: 'active', cancelAtPeriodEnd: false });

    const admin = await client(users.admin, null);
    const resynced = await admin.serverFn(billingFn.resync, { data: { organizationId: org.id } });
    expect(resynced.status).toBe(200);
    expect(resynced.body).toMatchObject({ result: { found: true, subscriptionId, status: 'past_due' } });
    const row = await billingRowOf(org.id);
    expect(row).toMatchObject({ status: 'past_due', cancelAtPeriodEnd: true });
    expect(row?.pastDueSince).toBeInstanceOf(Date);
    const audit = await getDatabase()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'organization.billing.resync'), eq(auditLog.targetId, org.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorEmail).toBe(users.admin.email);

    const unknown = await admin.serverFn(billingFn.resync, { data: { organizationId: crypto.randomUUID() } });
    expect(unknown.status).toBe(404);
  });
});
