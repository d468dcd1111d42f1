// Seats follow members and plan limits hold on the server, over HTTP against the production build with
// Stripe played by the stand-in. Subscriptions are written to the database as a webhook would.
import { getDatabase } from '@kit/database';
import { invitation, member, organizationBilling } from '@kit/database/schema';
import { createTestOrganization, createTestUser, type TestUser } from '@kit/database/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projects } from '../src/features/projects/projects.table';
import { type AppServer, startAppServer } from './support/app-server';
import {
  type BillingStandIn,
  billingFn,
  billingRowOf,
  eventually,
  insertInvitation,
  memberCountOf,
  setStoredStatus,
  startBillingStandIn,
  subscribeInStandIn,
} from './support/billing-fixtures';
import { HttpClient } from './support/http-client';
import { orgFn, setActiveOrganization } from './support/organization-fixtures';

const projectFn = {
  list: 'features.projects.projects.functions.fetchProjects',
  create: 'features.projects.projects.functions.createProject',
  rename: 'features.projects.projects.functions.updateProject',
  delete: 'features.projects.projects.functions.deleteProject',
} as const;

async function signedIn(app: AppServer, user: TestUser, organizationId: string | null) {
  const client = new HttpClient(app.baseUrl);
  expect((await client.signIn(user)).status).toBe(200);
  await setActiveOrganization(client, organizationId);
  return client;
}

async function projectCount(organizationId: string) {
  return (await getDatabase().select().from(projects).where(eq(projects.organizationId, organizationId)))
    .length;
}

describe('seats and plan limits (billing on)', () => {
  let app: AppServer;
  let billing: BillingStandIn;
  let owner: TestUser;

  const quantityOf = (subscriptionId: string) =>
    billing.standIn.subscriptions.get(subscriptionId)?.items.data[0]?.quantity;

  async function teamOrganization() {
    const org = await createTestOrganization(getDatabase(), {
      members: [{ userId: owner.id, role: 'owner' }],
    });
    const subscriptionId = await subscribeInStandIn(billing, org.id, 'team', { quantity: 1 });
    return { org, subscriptionId };
  }

  /** `count` new users, each with a pending invitation to the organization, signed in. */
  async function invitees(organizationId: string, count: number) {
    const db = getDatabase();
    return Promise.all(
      Array.from({ length: count }, async () => {
        const user = await createTestUser(db);
        const invitationId = await insertInvitation(organizationId, owner.id, user.email);
        return { user, invitationId, client: await signedIn(app, user, null) };
      }),
    );
  }

  beforeAll(async () => {
    billing = await startBillingStandIn();
    // The hourly job every second, so that a pending seat sync is retried within the test.
    app = await startAppServer({ ...billing.env, CLEANUP_INTERVAL_MS: '1000' });
    owner = await createTestUser(getDatabase());
  });
  afterAll(async () => {
    if (process.env.SHOW_APP_OUTPUT) console.log(app?.output());
    await app?.stop();
    await billing?.standIn.close();
  });

  it('ten concurrent accepts leave the exact member count in Stripe and in the database', async () => {
    const { org, subscriptionId } = await teamOrganization();
    const people = await invitees(org.id, 10);
    const answers = await Promise.all(
      people.map(({ client, invitationId }) => client.serverFn(orgFn.accept, { data: { invitationId } })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(await memberCountOf(org.id)).toBe(11);
    expect(quantityOf(subscriptionId)).toBe(11);
    expect(await billingRowOf(org.id)).toMatchObject({ seats: 11, seatSyncPending: false });
    // Every change that set a quantity named itself in its idempotency key.
    const keys = billing.standIn.requests
      .filter(
        (request) => request.path === `/v1/subscriptions/${subscriptionId}` && request.method === 'POST',
      )
      .map((request) => request.idempotencyKey ?? '');
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(new RegExp(`^seats:${org.id}:invitation:[0-9a-f-]+:\\d+$`));
  });

  it('removing a member and leaving lower the seats, never below one', async () => {
    const { org, subscriptionId } = await teamOrganization();
    const people = await invitees(org.id, 2);
    for (const { client, invitationId } of people) {
      expect((await client.serverFn(orgFn.accept, { data: { invitationId } })).status).toBe(200);
    }
    expect(quantityOf(subscriptionId)).toBe(3);

    const ownerClient = await signedIn(app, owner, org.id);
    const [first, second] = people;
    const [removedRow] = await getDatabase()
      .select({ id: member.id })
      .from(member)
      .where(and(eq(member.organizationId, org.id), eq(member.userId, first?.user.id ?? '')));
    const removed = await ownerClient.serverFn(orgFn.remove, { data: { memberId: removedRow?.id } });
    expect(removed.status).toBe(200);
    expect(quantityOf(subscriptionId)).toBe(2);

    const leaver = await signedIn(app, second?.user as TestUser, org.id);
    expect((await leaver.serverFn(orgFn.leave)).status).toBe(200);
    expect(quantityOf(subscriptionId)).toBe(1);
    expect(await billingRowOf(org.id)).toMatchObject({ seats: 1, seatSyncPending: false });
    // The last owner cannot leave: the organization, and its quantity, never reach zero.
    expect((await ownerClient.serverFn(orgFn.leave)).status).toBe(403);
    expect(quantityOf(subscriptionId)).toBe(1);
  });

  it('Stripe down during an accept: the member joins, the sync is pending, the hourly job fixes it', async () => {
    const { org, subscriptionId } = await teamOrganization();
    const [person] = await invitees(org.id, 1);
    billing.standIn.setUnavailable(true);
    try {
      const accepted = await person?.client.serverFn(orgFn.accept, {
        data: { invitationId: person.invitationId },
      });
      expect(accepted?.status).toBe(200);
      expect(await memberCountOf(org.id)).toBe(2);
      expect(await billingRowOf(org.id)).toMatchObject({ seatSyncPending: true, seats: 1 });
      expect(quantityOf(subscriptionId)).toBe(1);
    } finally {
      billing.standIn.setUnavailable(false);
    }
    expect(await eventually(async () => quantityOf(subscriptionId) === 2)).toBe(true);
    expect(await eventually(async () => (await billingRowOf(org.id))?.seatSyncPending === false)).toBe(true);
    expect(await billingRowOf(org.id)).toMatchObject({ seats: 2 });
  });

  it('a flat plan keeps quantity 1 whatever the member count', async () => {
    const org = await createTestOrganization(getDatabase(), {
      members: [{ userId: owner.id, role: 'owner' }],
    });
    const subscriptionId = await subscribeInStandIn(billing, org.id, 'pro');
    const [person] = await invitees(org.id, 1);
    expect(
      (await person?.client.serverFn(orgFn.accept, { data: { invitationId: person.invitationId } }))?.status,
    ).toBe(200);
    expect(quantityOf(subscriptionId)).toBe(1);
  });

  it('the fourth project on the free plan is refused with 402, a named limit and an upgrade link', async () => {
    const org = await createTestOrganization(getDatabase(), {
      members: [{ userId: owner.id, role: 'owner' }],
    });
    const client = await signedIn(app, owner, org.id);
    for (const name of ['One', 'Two', 'Three']) {
      expect((await client.serverFn(projectFn.create, { data: { name } })).status).toBe(200);
    }
    const fourth = await client.serverFn(projectFn.create, { data: { name: 'Four' } });
    expect(fourth.status).toBe(402);
    expect(fourth.body).toMatchObject({
      error: { status: 402, code: 'PLAN_LIMIT_REACHED', upgradeUrl: '/settings/billing' },
    });
    expect(JSON.stringify(fourth.body)).toContain('The Free plan allows 3 projects');
    expect(await projectCount(org.id)).toBe(3);
  });

  it('ten parallel creates from zero leave exactly three projects', async () => {
    const org = await createTestOrganization(getDatabase(), {
      members: [{ userId: owner.id, role: 'owner' }],
    });
    const client = await signedIn(app, owner, org.id);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        client.serverFn(projectFn.create, { data: { name: `Parallel ${index}` } }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 200, 200, 402, 402, 402, 402, 402, 402, 402]);
    expect(await projectCount(org.id)).toBe(3);
  });

  it('canceled: back to the free limits with every project kept; upgrading lifts the limit again', async () => {
    const org = await createTestOrganization(getDatabase(), {
      members: [{ userId: owner.id, role: 'owner' }],
    });
    await subscribeInStandIn(billing, org.id, 'pro');
    const client = await signedIn(app, owner, org.id);
    for (let index = 0; index < 5; index += 1) {
      expect((await client.serverFn(projectFn.create, { data: { name: `Pro ${index}` } })).status).toBe(200);
    }
    await setStoredStatus(billing, org.id, 'canceled');

    const listed = await client.serverFn(projectFn.list, { method: 'GET' });
    expect(listed.status).toBe(200);
    expect((listed.body as { result: { projects: unknown[] } }).result.projects).toHaveLength(5);
    const refused = await client.serverFn(projectFn.create, { data: { name: 'Sixth' } });
    expect(refused.status).toBe(402);
    expect(refused.body).toMatchObject({ error: { code: 'PLAN_LIMIT_REACHED' } });
    // Renaming what exists is still allowed: the data is kept, not frozen.
    const [first] = await getDatabase().select().from(projects).where(eq(projects.organizationId, org.id));
    expect(
      (await client.serverFn(projectFn.rename, { data: { projectId: first?.id, name: 'Renamed' } })).status,
    ).toBe(200);

    await subscribeInStandIn(billing, org.id, 'pro');
    expect((await billingRowOf(org.id))?.status).toBe('active');
    expect((await client.serverFn(projectFn.create, { data: { name: 'Sixth' } })).status).toBe(200);
    expect(await projectCount(org.id)).toBe(6);
  });

  it('past due beyond the grace period: projects can be read, not created, renamed or deleted', async () => {
    const org = await createTestOrganization(getDatabase(), {
      members: [{ userId: owner.id, role: 'owner' }],
    });
    await subscribeInStandIn(billing, org.id, 'pro');
    const [project] = await getDatabase()
      .insert(projects)
      .values({ organizationId: org.id, name: 'Kept' })
      .returning();
    const client = await signedIn(app, owner, org.id);

    await setStoredStatus(billing, org.id, 'past_due', new Date());
    expect((await client.serverFn(projectFn.create, { data: { name: 'In grace' } })).status).toBe(200);

    await setStoredStatus(billing, org.id, 'past_due', new Date(Date.now() - 30 * 86_400_000));
    for (const [id, data] of [
      [projectFn.create, { name: 'Late' }],
      [projectFn.rename, { projectId: project?.id, name: 'Late' }],
      [projectFn.delete, { projectId: project?.id }],
    ] as const) {
      const answer = await client.serverFn(id, { data });
      expect(answer.status).toBe(402);
      expect(answer.body).toMatchObject({
        error: { code: 'SUBSCRIPTION_READ_ONLY', upgradeUrl: '/settings/billing' },
      });
    }
    expect((await client.serverFn(projectFn.list, { method: 'GET' })).status).toBe(200);
    expect(await projectCount(org.id)).toBe(2);
  });

  it('members on the free plan: invitations count, and an accept past the limit is refused', async () => {
    const db = getDatabase();
    const colleague = await createTestUser(db);
    const org = await createTestOrganization(db, {
      members: [
        { userId: owner.id, role: 'owner' },
        { userId: colleague.id, role: 'member' },
      ],
    });
    const client = await signedIn(app, owner, org.id);
    const invite = (email: string) => client.serverFn(orgFn.invite, { data: { email, role: 'member' } });
    expect((await invite(`third-${crypto.randomUUID().slice(0, 8)}@example.test`)).status).toBe(200);
    const overLimit = await invite(`fourth-${crypto.randomUUID().slice(0, 8)}@example.test`);
    expect(overLimit.status).toBe(402);
    expect(overLimit.body).toMatchObject({ error: { code: 'PLAN_LIMIT_REACHED' } });
    expect(JSON.stringify(overLimit.body)).toContain('3 members');

    // An invitation written before the limit applied: accepting it would make a fourth member.
    const [late] = await invitees(org.id, 1);
    const [pendingThird] = await db
      .select()
      .from(invitation)
      .where(and(eq(invitation.organizationId, org.id), eq(invitation.status, 'pending')));
    expect(pendingThird).toBeDefined();
    const thirdUser = await createTestUser(db, { email: pendingThird?.email });
    const third = await signedIn(app, thirdUser, null);
    expect((await third.serverFn(orgFn.accept, { data: { invitationId: pendingThird?.id } })).status).toBe(
      200,
    );
    expect(await memberCountOf(org.id)).toBe(3);
    const refused = await late?.client.serverFn(orgFn.accept, { data: { invitationId: late.invitationId } });
    expect(refused?.status).toBe(402);
    expect(await memberCountOf(org.id)).toBe(3);
    const [stillPending] = await db
      .select()
      .from(invitation)
      .where(eq(invitation.id, late?.invitationId ?? ''));
    expect(stillPending?.status).toBe('pending');
  });
});

describe('billing off (no STRIPE_SECRET_KEY)', () => {
  let app: AppServer;
  let owner: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    app = await startAppServer();
    owner = await createTestUser(getDatabase());
    admin = await createTestUser(getDatabase(), { role: 'admin' });
  });
  afterAll(() => app?.stop());

  it('no limits, and the billing functions answer 404 (the overview says billing is off)', async () => {
    const org = await createTestOrganization(getDatabase(), {
      members: [{ userId: owner.id, role: 'owner' }],
    });
    const client = await signedIn(app, owner, org.id);
    for (let index = 0; index < 5; index += 1) {
      expect((await client.serverFn(projectFn.create, { data: { name: `Free ${index}` } })).status).toBe(200);
    }
    const overview = await client.serverFn(billingFn.overview, { method: 'GET' });
    expect(overview).toMatchObject({ status: 200, body: { result: { enabled: false } } });
    expect((await client.serverFn(billingFn.checkout, { data: { planId: 'pro' } })).status).toBe(404);
    expect((await client.serverFn(billingFn.portal)).status).toBe(404);
    expect((await client.serverFn(billingFn.cancel)).status).toBe(404);
    expect((await client.serverFn(billingFn.resume)).status).toBe(404);
    const adminClient = await signedIn(app, admin, null);
    expect((await adminClient.serverFn(billingFn.resync, { data: { organizationId: org.id } })).status).toBe(
      404,
    );
    const rows = await getDatabase()
      .select()
      .from(organizationBilling)
      .where(eq(organizationBilling.organizationId, org.id));
    expect(rows).toEqual([]);
  });
});
