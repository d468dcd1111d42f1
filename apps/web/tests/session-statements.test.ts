import { getDatabase } from '@kit/database';
import { session } from '@kit/database/schema';
import { createTestOrganization, createTestUser } from '@kit/database/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { type BillingApp, createSubscribedOrganization, startBillingApp } from './support/billing';
import { type HttpClient, signedInClient } from './support/http-client';
import { openStatementLog, type StatementLog } from './support/statement-log';

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('SQL statements per signed-in request (production build)', () => {
  let app: AppServer;
  let log: StatementLog;

  beforeAll(async () => {
    const opened = await openStatementLog();
    if (!opened) throw new Error('The test PostgreSQL server log is not readable: unset TEST_DATABASE_URL.');
    log = opened;
    // Rate limits on, as in production: reading the session must cost no bookkeeping either.
    app = await startAppServer({ AUTH_RATE_LIMIT: 'true' });
  });
  afterAll(async () => {
    await app.stop();
    await log.close();
  });

  async function statementsOf(run: () => Promise<unknown>): Promise<number> {
    await settle();
    const before = log.count();
    await run();
    await settle();
    return log.count() - before;
  }

  async function signedInOwner() {
    const db = getDatabase();
    const user = await createTestUser(db);
    const organization = await createTestOrganization(db, { members: [{ userId: user.id, role: 'owner' }] });
    const client = await signedInClient(app.baseUrl, user);
    return { client, organization, user };
  }

  async function render(client: HttpClient, path: string) {
    const response = await client.request(path);
    expect(response.status).toBe(200);
    return response.text();
  }

  it('renders /dashboard on the personal account with one statement', async () => {
    const { client } = await signedInOwner();
    let html = '';
    expect(await statementsOf(async () => (html = await render(client, '/dashboard')))).toBe(1);
    expect(html).toContain('Personal account');
    // The cards, rendered on the server from the same statement: no loading state.
    expect(html).toContain('data-testid="dashboard-security"');
    expect(html).toContain('data-testid="dashboard-security-sessions"');
    expect(html).not.toContain('Loading the dashboard');
  });

  it('renders /dashboard with an organization active with one statement', async () => {
    const { client, organization } = await signedInOwner();
    const switched = await client.serverFn('features.organization.organizations.functions.switchAccount', {
      data: { organizationId: organization.id },
    });
    expect(switched.status).toBe(200);
    let html = '';
    expect(await statementsOf(async () => (html = await render(client, '/dashboard')))).toBe(1);
    expect(html).toContain(organization.name);
    expect(html).toMatch(/data-testid="dashboard-member-count">1</);
    expect(html).toContain('data-testid="dashboard-projects"');
    expect(html).not.toContain('Loading the dashboard');
  });

  it('answers GET /api/auth/get-session with one statement and no rate-limit row', async () => {
    const { client } = await signedInOwner();
    const statements = await statementsOf(async () => {
      const response = await client.request('/api/auth/get-session');
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ session: { id: expect.any(String) } });
    });
    expect(statements).toBe(1);
  });

  for (const path of ['/dashboard', '/api/auth/get-session']) {
    it(`still slides the expiry on ${path}: a session due for refresh is written and its cookie re-set`, async () => {
      const { client, user } = await signedInOwner();
      const db = getDatabase();
      // A day and a minute into its 7 days: the expiry is due to move forward.
      const dueExpiry = new Date(Date.now() + 6 * 24 * 3600_000 - 60_000);
      await db.update(session).set({ expiresAt: dueExpiry }).where(eq(session.userId, user.id));
      const response = await client.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.getSetCookie().some((cookie) => cookie.includes('session_token'))).toBe(true);
      const [after] = await db
        .select({ expiresAt: session.expiresAt })
        .from(session)
        .where(eq(session.userId, user.id));
      expect(after?.expiresAt.getTime()).toBeGreaterThan(dueExpiry.getTime() + 60_000);
      // The page's data survives the refresh: the cards are there.
      if (path === '/dashboard') expect(await response.text()).toContain('data-testid="dashboard-security"');
    });
  }
});

describe('SQL statements per signed-in request with billing on (production build)', () => {
  let billing: BillingApp;
  let log: StatementLog;

  beforeAll(async () => {
    const opened = await openStatementLog();
    if (!opened) throw new Error('The test PostgreSQL server log is not readable: unset TEST_DATABASE_URL.');
    log = opened;
    billing = await startBillingApp({ AUTH_RATE_LIMIT: 'true' });
  });
  afterAll(async () => {
    await billing.stop();
    await log.close();
  });

  it('renders /dashboard of a subscribed organization with one statement, the plan included', async () => {
    const { organizationId, owner } = await createSubscribedOrganization(billing, { planId: 'pro' });
    const client = await signedInClient(billing.app.baseUrl, owner);
    const switched = await client.serverFn('features.organization.organizations.functions.switchAccount', {
      data: { organizationId },
    });
    expect(switched.status).toBe(200);
    await settle();
    const before = log.count();
    const response = await client.request('/dashboard');
    expect(response.status).toBe(200);
    const html = await response.text();
    await settle();
    expect(log.count() - before).toBe(1);
    // The identity the page carries names the plan: it came with the session statement.
    expect(html).toContain('planId:"pro",status:"active"');
    // So did the cards', the plan's among them.
    expect(html).toContain('data-testid="dashboard-plan-name"');
  });
});
