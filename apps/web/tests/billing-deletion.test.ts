// Deleting an organization with a live subscription cancels the subscription in Stripe first, in the
// deleting transaction; when Stripe refuses or is unreachable nothing is deleted. Both paths that delete
// organizations: the owner's delete, and an admin deleting a user together with the organizations they
// alone own. Production build, Stripe played by the stand-in.
import { getDatabase } from '@kit/database';
import { organization, user } from '@kit/database/schema';
import { createTestOrganization, createTestUser, type TestUser } from '@kit/database/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import {
  type BillingStandIn,
  billingFn,
  billingRowOf,
  startBillingStandIn,
  subscribeInStandIn,
} from './support/billing-fixtures';
import { HttpClient } from './support/http-client';
import { orgFn, setActiveOrganization } from './support/organization-fixtures';

const deleteUserFn = 'features.admin.user-actions.functions.deleteUser';

describe('deleting an organization that pays (production build, Stripe stand-in)', () => {
  let app: AppServer;
  let billing: BillingStandIn;
  let admin: TestUser;

  async function signedIn(person: TestUser, organizationId: string | null) {
    const client = new HttpClient(app.baseUrl);
    expect((await client.signIn(person)).status).toBe(200);
    await setActiveOrganization(client, organizationId);
    return client;
  }

  async function ownedOrganization() {
    const owner = await createTestUser(getDatabase());
    const org = await createTestOrganization(getDatabase(), {
      members: [{ userId: owner.id, role: 'owner' }],
    });
    return { owner, org };
  }

  const organizationExists = async (id: string) =>
    (await getDatabase().select().from(organization).where(eq(organization.id, id))).length === 1;
  const statusInStripe = (subscriptionId: string) =>
    billing.standIn.subscriptions.get(subscriptionId)?.status;

  beforeAll(async () => {
    billing = await startBillingStandIn();
    app = await startAppServer(billing.env);
    admin = await createTestUser(getDatabase(), { role: 'admin' });
  });
  afterAll(async () => {
    await app?.stop();
    await billing?.standIn.close();
  });

  it('the owner deletes: the subscription is cancelled in Stripe at once, then the organization goes', async () => {
    const { owner, org } = await ownedOrganization();
    const subscriptionId = await subscribeInStandIn(billing, org.id, 'pro');
    const client = await signedIn(owner, org.id);
    const deleted = await client.serverFn(orgFn.delete, { data: { confirmName: org.name } });
    expect(deleted.status).toBe(200);
    expect(statusInStripe(subscriptionId)).toBe('canceled');
    expect(await organizationExists(org.id)).toBe(false);
    expect(await billingRowOf(org.id)).toBeUndefined();
  });

  it('Stripe unreachable: the deletion is refused with a clear 503 and nothing is deleted', async () => {
    const { owner, org } = await ownedOrganization();
    const subscriptionId = await subscribeInStandIn(billing, org.id, 'team');
    const client = await signedIn(owner, org.id);
    billing.standIn.setUnavailable(true);
    try {
      const refused = await client.serverFn(orgFn.delete, { data: { confirmName: org.name } });
      expect(refused.status).toBe(503);
      expect(JSON.stringify(refused.body)).toContain('The organization was not deleted');
    } finally {
      billing.standIn.setUnavailable(false);
    }
    expect(await organizationExists(org.id)).toBe(true);
    expect(statusInStripe(subscriptionId)).toBe('active');
    expect(await billingRowOf(org.id)).toMatchObject({ status: 'active' });
    // The session still points at it: the page keeps working after the refusal.
    expect((await client.serverFn(billingFn.overview, { method: 'GET' })).status).toBe(200);
  });

  it('an open checkout is expired, so it cannot be paid for an organization that is gone', async () => {
    const { owner, org } = await ownedOrganization();
    const client = await signedIn(owner, org.id);
    expect((await client.serverFn(billingFn.checkout, { data: { planId: 'pro' } })).status).toBe(200);
    const sessionId = (await billingRowOf(org.id))?.openCheckoutSessionId ?? '';
    expect((await client.serverFn(orgFn.delete, { data: { confirmName: org.name } })).status).toBe(200);
    expect(billing.standIn.checkoutSessions.get(sessionId)?.status).toBe('expired');
  });

  it('an organization that never subscribed is deleted without asking Stripe', async () => {
    const { owner, org } = await ownedOrganization();
    const client = await signedIn(owner, org.id);
    const calls = billing.standIn.requests.length;
    billing.standIn.setUnavailable(true);
    try {
      expect((await client.serverFn(orgFn.delete, { data: { confirmName: org.name } })).status).toBe(200);
    } finally {
      billing.standIn.setUnavailable(false);
    }
    expect(billing.standIn.requests.length).toBe(calls);
  });

  it('an admin deleting a user with the organizations they alone own cancels those subscriptions first', async () => {
    const adminClient = await signedIn(admin, null);

    const refusedCase = await ownedOrganization();
    const keptSubscription = await subscribeInStandIn(billing, refusedCase.org.id, 'pro');
    billing.standIn.setUnavailable(true);
    try {
      const refused = await adminClient.serverFn(deleteUserFn, {
        data: { userId: refusedCase.owner.id, deleteOwnedOrganizations: true },
      });
      expect(refused.status).toBe(503);
    } finally {
      billing.standIn.setUnavailable(false);
    }
    expect(await organizationExists(refusedCase.org.id)).toBe(true);
    expect(
      await getDatabase().select({ id: user.id }).from(user).where(eq(user.id, refusedCase.owner.id)),
    ).toHaveLength(1);
    expect(statusInStripe(keptSubscription)).toBe('active');

    const deleted = await adminClient.serverFn(deleteUserFn, {
      data: { userId: refusedCase.owner.id, deleteOwnedOrganizations: true },
    });
    expect(deleted.status).toBe(200);
    expect(statusInStripe(keptSubscription)).toBe('canceled');
    expect(await organizationExists(refusedCase.org.id)).toBe(false);
  });
});
