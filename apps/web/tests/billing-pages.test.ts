// The billing pages as the server renders them: with billing off they do not exist (404, no link, no
// pricing); with billing on the organization's Billing page shows the plan to every member and the
// buttons to those who may manage it, and the landing page lists the plans.
import { getDatabase } from '@kit/database';
import { createTestOrganization, createTestUser, type TestUser } from '@kit/database/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { type BillingStandIn, startBillingStandIn } from './support/billing-fixtures';
import { HttpClient } from './support/http-client';
import { setActiveOrganization } from './support/organization-fixtures';

const BILLING_LINK = 'href="/settings/billing"';

async function organizationPeople() {
  const db = getDatabase();
  const owner = await createTestUser(db);
  const member = await createTestUser(db);
  const organization = await createTestOrganization(db, {
    members: [
      { userId: owner.id, role: 'owner' },
      { userId: member.id, role: 'member' },
    ],
  });
  return { owner, member, organizationId: organization.id };
}

async function signedIn(app: AppServer, user: TestUser, organizationId: string) {
  const client = new HttpClient(app.baseUrl);
  expect((await client.signIn(user)).status).toBe(200);
  await setActiveOrganization(client, organizationId);
  return client;
}

describe('billing pages with billing off (no STRIPE_SECRET_KEY)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app?.stop());

  it('has no Billing page, no link to it and no pricing on the landing page', async () => {
    const { owner, organizationId } = await organizationPeople();
    const client = await signedIn(app, owner, organizationId);
    const billing = await client.request('/settings/billing');
    expect(billing.status).toBe(404);
    expect(await billing.text()).not.toContain('Upgrade to');
    const projects = await client.request('/projects');
    expect(projects.status).toBe(200);
    expect(await projects.text()).not.toContain(BILLING_LINK);
    const landing = await new HttpClient(app.baseUrl).request('/');
    expect(await landing.text()).not.toContain('data-testid="pricing"');
  });
});

describe('billing pages with billing on', () => {
  let app: AppServer;
  let billing: BillingStandIn;
  beforeAll(async () => {
    billing = await startBillingStandIn();
    app = await startAppServer(billing.env);
  });
  afterAll(async () => {
    await app?.stop();
    await billing?.standIn.close();
  });

  it('shows the plan to a member without buttons, and the owner the upgrades; both get the link', async () => {
    const { owner, member, organizationId } = await organizationPeople();
    const ownerPage = await (await signedIn(app, owner, organizationId)).request('/settings/billing');
    expect(ownerPage.status).toBe(200);
    const ownerHtml = await ownerPage.text();
    expect(ownerHtml).toContain('Free plan');
    expect(ownerHtml).toContain('Upgrade to Pro');
    expect(ownerHtml).toContain('Upgrade to Team');
    expect(ownerHtml).toContain(BILLING_LINK);

    const memberPage = await (await signedIn(app, member, organizationId)).request('/settings/billing');
    expect(memberPage.status).toBe(200);
    const memberHtml = await memberPage.text();
    expect(memberHtml).toContain('Free plan');
    expect(memberHtml).toContain('Only the organization&#x27;s owners can change the plan.');
    expect(memberHtml).not.toContain('Upgrade to');
    expect(memberHtml).not.toContain('Manage payment and invoices');
    expect(memberHtml).toContain(BILLING_LINK);
  });

  it('lists every plan of the plan file on the landing page, in the visitor’s language', async () => {
    const english = await (await new HttpClient(app.baseUrl).request('/')).text();
    expect(english).toContain('data-testid="pricing"');
    // The hero's call to see the plans leads to the section.
    expect(english).toContain('id="pricing"');
    expect(english).toContain('href="#pricing"');
    expect(english).toContain('€19.00 per month');
    expect(english).toContain('€9.00 per member per month');
    expect(english).toContain('Projects: 3');
    const german = await (
      await new HttpClient(app.baseUrl).request('/', { headers: { 'accept-language': 'de' } })
    ).text();
    expect(german).toContain('Preise');
    expect(german).toMatch(/19,00\s€ pro Monat/); // Intl puts a no-break space before the sign
  });
});
