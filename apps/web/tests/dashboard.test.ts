// The dashboard's summaries over HTTP against the production build: an organization's summary holds its
// own data only (the organization is the session's; one in the input is a 400), roles see what they may,
// the personal summary is the caller's own, and each summary costs one statement besides the session's.
import { getDatabase } from '@kit/database';
import { user } from '@kit/database/schema';
import { createTestOrganization, createTestUser, type TestUser } from '@kit/database/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projects } from '../src/features/projects/projects.table';
import { type AppServer, startAppServer } from './support/app-server';
import { type BillingApp, createSubscribedOrganization, startBillingApp } from './support/billing';
import { insertInvitation } from './support/billing-fixtures';
import { type HttpClient, signedInClient } from './support/http-client';
import { setActiveOrganization } from './support/organization-fixtures';
import { openStatementLog, type StatementLog } from './support/statement-log';

const fn = {
  organization: 'features.dashboard.dashboard.functions.fetchDashboardSummary',
  personal: 'features.dashboard.dashboard.functions.fetchMyDashboardSummary',
} as const;

interface OrganizationSummary {
  organizationName: string;
  memberCount: number;
  members: Array<{ userId: string; name: string; role: string }>;
  projectCount: number;
  projects: Array<{ id: string; name: string; createdAt: Date }>;
  invitations: { count: number; recent: Array<{ email: string; role: string }> } | null;
  plan: { planId: string; name: string; status: string | null; limits: Record<string, number | null> } | null;
  canInvite: boolean;
}

interface PersonalSummary {
  emailVerified: boolean;
  twoFactorEnabled: boolean;
  passkeyCount: number;
  sessionCount: number;
  invitationCount: number;
  invitations: Array<{ id: string; organizationName: string; inviterName: string; role: string }>;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

async function summaryOf<T>(client: HttpClient, id: string, data?: unknown) {
  const answer = await client.serverFn(id, { method: 'GET', data });
  return { ...answer, result: (answer.body as { result?: T }).result, text: JSON.stringify(answer.body) };
}

async function addProject(organizationId: string, name: string, createdAt: Date) {
  await getDatabase().insert(projects).values({ organizationId, name, createdAt });
}

describe('dashboard summaries (production build)', () => {
  let app: AppServer;
  let log: StatementLog;
  const people = {} as Record<
    'ownerA' | 'memberA' | 'ownerB' | 'invitee' | 'unverified' | 'outsider',
    TestUser
  >;
  let orgA: { id: string; name: string };
  let orgB: { id: string; name: string };
  let inviteeInvitationId: string;
  let unverifiedInvitationId: string;
  const secretsOfB = { project: `B secret project ${crypto.randomUUID().slice(0, 6)}`, email: '' };

  beforeAll(async () => {
    const opened = await openStatementLog();
    if (!opened) throw new Error('The test PostgreSQL server log is not readable: unset TEST_DATABASE_URL.');
    log = opened;
    app = await startAppServer();
    const db = getDatabase();
    for (const name of ['ownerA', 'memberA', 'ownerB', 'invitee', 'unverified', 'outsider'] as const) {
      people[name] = await createTestUser(db);
    }
    orgA = await createTestOrganization(db, {
      members: [
        { userId: people.ownerA.id, role: 'owner' },
        { userId: people.memberA.id, role: 'member' },
      ],
    });
    orgB = await createTestOrganization(db, { members: [{ userId: people.ownerB.id, role: 'owner' }] });
    for (let index = 1; index <= 4; index++) {
      await addProject(orgA.id, `A project ${index}`, new Date(Date.now() - (10 - index) * 60_000));
    }
    await addProject(orgB.id, secretsOfB.project, new Date());
    inviteeInvitationId = await insertInvitation(orgA.id, people.ownerA.id, people.invitee.email, 'admin');
    unverifiedInvitationId = await insertInvitation(orgA.id, people.ownerA.id, people.unverified.email);
    secretsOfB.email = `only-b-${crypto.randomUUID().slice(0, 6)}@example.test`;
    await insertInvitation(orgB.id, people.ownerB.id, secretsOfB.email);
    // An invitation of B to A's owner: A's summary must not show it, A's owner's personal one does.
    await insertInvitation(orgB.id, people.ownerB.id, people.ownerA.email.toUpperCase());
  });
  afterAll(async () => {
    await app?.stop();
    await log?.close();
  });

  async function clientOf(person: TestUser, organizationId: string | null) {
    const client = await signedInClient(app.baseUrl, person);
    await setActiveOrganization(client, organizationId);
    return client;
  }

  it("gives an owner their organization's members, projects, invitations, and nothing of another's", async () => {
    const owner = await clientOf(people.ownerA, orgA.id);
    const { status, result, text } = await summaryOf<OrganizationSummary>(owner, fn.organization);
    expect(status).toBe(200);
    expect(result).toMatchObject({
      organizationName: orgA.name,
      memberCount: 2,
      projectCount: 4,
      plan: null,
      canInvite: true,
    });
    expect(result?.members.map((person) => person.userId).sort()).toEqual(
      [people.ownerA.id, people.memberA.id].sort(),
    );
    // The newest three, newest first.
    expect(result?.projects.map((project) => project.name)).toEqual([
      'A project 4',
      'A project 3',
      'A project 2',
    ]);
    expect(result?.invitations?.count).toBe(2);
    expect(result?.invitations?.recent.map((entry) => entry.email).sort()).toEqual(
      [people.invitee.email, people.unverified.email].sort(),
    );
    for (const secret of [secretsOfB.project, secretsOfB.email, orgB.name, people.ownerB.email]) {
      expect(text).not.toContain(secret);
    }
    // Nothing in the summary opens an invitation: no invitation ids.
    expect(text).not.toContain(inviteeInvitationId);
  });

  it("answers B's owner with B's data only", async () => {
    const ownerB = await clientOf(people.ownerB, orgB.id);
    const { result, text } = await summaryOf<OrganizationSummary>(ownerB, fn.organization);
    expect(result).toMatchObject({ organizationName: orgB.name, memberCount: 1, projectCount: 1 });
    expect(result?.invitations?.count).toBe(2);
    expect(text).not.toContain('A project');
    expect(text).not.toContain(people.invitee.email);
  });

  it('refuses an organizationId (or anything else) in the input with a 400 and no data', async () => {
    const owner = await clientOf(people.ownerA, orgA.id);
    for (const data of [{ organizationId: orgB.id }, { organizationId: orgA.id }, { anything: 1 }]) {
      const answer = await summaryOf<OrganizationSummary>(owner, fn.organization, data);
      expect(answer.status, JSON.stringify(data)).toBe(400);
      expect(answer.text).not.toContain(secretsOfB.project);
      expect(answer.text).not.toContain('A project');
    }
    const personal = await summaryOf<PersonalSummary>(owner, fn.personal, { userId: people.ownerB.id });
    expect(personal.status).toBe(400);
  });

  it('shows a member the counts but not the pending invitations', async () => {
    const member = await clientOf(people.memberA, orgA.id);
    const { status, result, text } = await summaryOf<OrganizationSummary>(member, fn.organization);
    expect(status).toBe(200);
    expect(result).toMatchObject({ memberCount: 2, projectCount: 4, invitations: null, canInvite: false });
    expect(text).not.toContain(people.invitee.email);
    expect(text).not.toContain(people.unverified.email);
  });

  // A server render of /dashboard reads the same summaries in the session's own statement.
  async function dashboardHtml(client: HttpClient) {
    const response = await client.request('/dashboard');
    expect(response.status).toBe(200);
    return response.text();
  }

  it("renders an owner's dashboard with A's cards and nothing of B's", async () => {
    const html = await dashboardHtml(await clientOf(people.ownerA, orgA.id));
    expect(html).toMatch(/data-testid="dashboard-member-count">2</);
    expect(html).toMatch(/data-testid="dashboard-project-count">4</);
    expect(html).toContain(people.invitee.email);
    expect(html).not.toContain(secretsOfB.project);
    expect(html).not.toContain(secretsOfB.email);
  });

  it("renders a member's dashboard without the pending invitations", async () => {
    const html = await dashboardHtml(await clientOf(people.memberA, orgA.id));
    expect(html).toMatch(/data-testid="dashboard-member-count">2</);
    expect(html).not.toContain(people.invitee.email);
    expect(html).not.toContain(people.unverified.email);
  });

  it("renders an outsider pointing at A as their personal account, with none of A's data", async () => {
    const html = await dashboardHtml(await clientOf(people.outsider, orgA.id));
    expect(html).toContain('data-testid="dashboard-security"');
    expect(html).not.toContain('data-testid="dashboard-member-count"');
    expect(html).not.toContain('A project');
    expect(html).not.toContain(people.invitee.email);
  });

  it('refuses the organization summary to a session pointing at an organization it is not a member of, and without one', async () => {
    const outsider = await clientOf(people.outsider, orgA.id);
    const pointed = await summaryOf<OrganizationSummary>(outsider, fn.organization);
    expect(pointed.status).toBeGreaterThanOrEqual(400);
    expect(pointed.status).toBeLessThan(500);
    expect(pointed.text).not.toContain('A project');
    const personal = await clientOf(people.outsider, null);
    const none = await summaryOf<OrganizationSummary>(personal, fn.organization);
    expect(none.status).toBeGreaterThanOrEqual(400);
    expect(none.status).toBeLessThan(500);
  });

  it("gives the personal summary of the caller: their invitations, their security, no one else's", async () => {
    const invitee = await clientOf(people.invitee, null);
    const { status, result, text } = await summaryOf<PersonalSummary>(invitee, fn.personal);
    expect(status).toBe(200);
    expect(result).toMatchObject({
      emailVerified: true,
      twoFactorEnabled: false,
      passkeyCount: 0,
      sessionCount: 1,
      invitationCount: 1,
    });
    expect(result?.invitations).toEqual([
      expect.objectContaining({ id: inviteeInvitationId, organizationName: orgA.name, role: 'admin' }),
    ]);
    expect(text).not.toContain(unverifiedInvitationId);
    expect(text).not.toContain(secretsOfB.email);

    // A's owner: the invitation B sent to their address (in capitals), not A's invitations to others.
    const ownerA = await clientOf(people.ownerA, orgA.id);
    const own = await summaryOf<PersonalSummary>(ownerA, fn.personal);
    expect(own.result?.invitations.map((entry) => entry.organizationName)).toEqual([orgB.name]);
    expect(own.text).not.toContain(inviteeInvitationId);
    // Two sessions of A's owner are open in this file by now.
    expect(own.result?.sessionCount).toBeGreaterThanOrEqual(2);
  });

  it('shows an unconfirmed address no invitation (an invitation id opens it)', async () => {
    const unverified = await clientOf(people.unverified, null);
    await getDatabase().update(user).set({ emailVerified: false }).where(eq(user.id, people.unverified.id));
    const { status, result, text } = await summaryOf<PersonalSummary>(unverified, fn.personal);
    expect(status).toBe(200);
    expect(result).toMatchObject({ emailVerified: false, invitationCount: 0, invitations: [] });
    expect(text).not.toContain(unverifiedInvitationId);
    await getDatabase().update(user).set({ emailVerified: true }).where(eq(user.id, people.unverified.id));
    const confirmed = await summaryOf<PersonalSummary>(unverified, fn.personal);
    expect(confirmed.result?.invitations.map((entry) => entry.id)).toEqual([unverifiedInvitationId]);
  });

  for (const kind of ['organization', 'personal'] as const) {
    it(`reads the ${kind} summary with one statement besides the session's`, async () => {
      const client = await clientOf(people.ownerA, kind === 'organization' ? orgA.id : null);
      await settle();
      const before = log.count();
      const answer = await summaryOf(client, fn[kind]);
      expect(answer.status).toBe(200);
      await settle();
      expect(log.count() - before).toBe(2);
    });
  }
});

describe('dashboard summary with billing on (production build)', () => {
  let billing: BillingApp;
  beforeAll(async () => {
    billing = await startBillingApp();
  });
  afterAll(() => billing?.stop());

  it('names the plan and its limits from the plan file, for a member too', async () => {
    const member = await createTestUser(getDatabase());
    const { organizationId, owner } = await createSubscribedOrganization(billing, {
      planId: 'pro',
      members: [{ user: member, role: 'member' }],
    });
    for (const person of [owner, member]) {
      const client = await signedInClient(billing.app.baseUrl, person);
      await setActiveOrganization(client, organizationId);
      const { status, result } = await summaryOf<OrganizationSummary>(client, fn.organization);
      expect(status).toBe(200);
      expect(result?.plan).toEqual({
        planId: 'pro',
        name: 'Pro',
        status: 'active',
        mode: 'full',
        limits: { projects: null, members: 10 },
      });
      expect(result?.memberCount).toBe(2);
    }
  });

  it('says the free plan of an organization that never subscribed', async () => {
    const owner = await createTestUser(getDatabase());
    const organization = await createTestOrganization(getDatabase(), {
      members: [{ userId: owner.id, role: 'owner' }],
    });
    const client = await signedInClient(billing.app.baseUrl, owner);
    await setActiveOrganization(client, organization.id);
    const { result } = await summaryOf<OrganizationSummary>(client, fn.organization);
    expect(result?.plan).toEqual({
      planId: 'free',
      name: 'Free',
      status: null,
      mode: 'full',
      limits: { projects: 3, members: 3 },
    });
  });
});
