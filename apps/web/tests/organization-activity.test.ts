// Issue 19, item 3: the organization's activity log over HTTP against the production build. Every
// organization change writes its event with the organization's id, actor, IP and user agent; the log
// is read from the session's organization only (an input naming another is a 400), by owners and admins
// only (a member gets 403), one keyset page at a time.
import { getDatabase } from '@kit/database';
import { auditLog, invitation } from '@kit/database/schema';
import { createTestOrganization, createTestUser, type TestUser } from '@kit/database/testing';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANIZATION_ACTIVITY } from '../src/features/activity/activity-events';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient } from './support/http-client';
import {
  createOrganizationFixture,
  type OrganizationFixture,
  orgFn,
  setActiveOrganization,
} from './support/organization-fixtures';

const fn = {
  activity: 'features.activity.activity.functions.listOrganizationActivity',
  createProject: 'features.projects.projects.functions.createProject',
  updateProject: 'features.projects.projects.functions.updateProject',
  deleteProject: 'features.projects.projects.functions.deleteProject',
} as const;

const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/140.0';

interface ActivityPageBody {
  result: {
    items: Array<{ id: string; action: string; actorEmail: string | null; ipAddress: string | null }>;
    nextCursor: string | null;
  };
}

function rowsOf(organizationId: string) {
  return getDatabase()
    .select()
    .from(auditLog)
    .where(eq(auditLog.organizationId, organizationId))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id));
}

function readActivity(client: HttpClient, data: unknown) {
  return client.serverFn(fn.activity, { method: 'GET', data });
}

function expectOk<T extends { status: number; body: unknown }>(result: T): T {
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  return result;
}

describe('organization activity log (production build)', () => {
  let app: AppServer;
  const users = {} as Record<
    'owner' | 'admin' | 'member' | 'target' | 'leaver' | 'invitee' | 'otherOwner' | 'outsider',
    TestUser
  >;
  const clients = {} as Record<keyof typeof users, HttpClient>;
  let orgA: OrganizationFixture;
  let orgBId: string;

  beforeAll(async () => {
    app = await startAppServer();
    const db = getDatabase();
    for (const key of [
      'owner',
      'admin',
      'member',
      'target',
      'leaver',
      'invitee',
      'otherOwner',
      'outsider',
    ] as const) {
      users[key] = await createTestUser(db);
      clients[key] = new HttpClient(app.baseUrl);
      clients[key].defaultHeaders['user-agent'] = USER_AGENT;
      expect((await clients[key].signIn(users[key])).status).toBe(200);
    }
    orgA = await createOrganizationFixture([
      { user: users.owner, role: 'owner' },
      { user: users.admin, role: 'admin' },
      { user: users.member, role: 'member' },
      { user: users.target, role: 'member' },
      { user: users.leaver, role: 'member' },
    ]);
    orgBId = (await createTestOrganization(db, { members: [{ userId: users.otherOwner.id, role: 'owner' }] }))
      .id;
    for (const key of ['owner', 'admin', 'member', 'target', 'leaver'] as const) {
      await setActiveOrganization(clients[key], orgA.id);
    }
    await setActiveOrganization(clients.otherOwner, orgBId);

    // Organization B has an event of its own, which A's owner must never see.
    expectOk(
      await clients.otherOwner.serverFn(fn.createProject, {
        data: { name: 'B secret project', description: '' },
      }),
    );

    // Every recorded action, once, in organization A.
    const { owner, admin, invitee, leaver } = clients;
    expectOk(await owner.serverFn(orgFn.invite, { data: { email: users.invitee.email, role: 'member' } }));
    const [sent] = await db
      .select({ id: invitation.id })
      .from(invitation)
      .where(and(eq(invitation.organizationId, orgA.id), eq(invitation.email, users.invitee.email)));
    expectOk(await owner.serverFn(orgFn.resend, { data: { invitationId: sent?.id } }));
    expectOk(await invitee.serverFn(orgFn.accept, { data: { invitationId: sent?.id } }));
    expectOk(await admin.serverFn(orgFn.cancel, { data: { invitationId: orgA.invitationId } }));
    expectOk(
      await owner.serverFn(orgFn.changeRole, {
        data: { memberId: orgA.memberIds[users.target.id], role: 'admin' },
      }),
    );
    expectOk(await owner.serverFn(orgFn.remove, { data: { memberId: orgA.memberIds[users.target.id] } }));
    expectOk(await leaver.serverFn(orgFn.leave, {}));
    expectOk(await owner.serverFn(orgFn.update, { data: { name: 'Renamed A', slug: orgA.slug, logo: '' } }));
    const created = expectOk(
      await owner.serverFn(fn.createProject, { data: { name: 'Launch', description: '' } }),
    );
    const projectId = (created.body as { result: { id: string } }).result.id;
    expectOk(await owner.serverFn(fn.updateProject, { data: { projectId, name: 'Relaunch' } }));
    expectOk(await owner.serverFn(fn.deleteProject, { data: { projectId } }));
    expectOk(await owner.serverFn(orgFn.transfer, { data: { memberId: orgA.memberIds[users.admin.id] } }));
  });
  afterAll(() => app.stop());

  it('records each organization action with its organization, actor, IP and user agent', async () => {
    const rows = await rowsOf(orgA.id);
    expect(new Set(rows.map((row) => row.action))).toEqual(new Set(ORGANIZATION_ACTIVITY));
    for (const row of rows) {
      expect(row.organizationId).toBe(orgA.id);
      expect(row.actorId).not.toBeNull();
      expect(row.ipAddress).toMatch(/\d|:/);
      expect(row.userAgent).toBe(USER_AGENT);
    }
    const byAction = Object.fromEntries(rows.map((row) => [row.action, row]));
    expect(byAction['invitation.accept']?.actorId).toBe(users.invitee.id);
    expect(byAction['invitation.cancel']?.actorId).toBe(users.admin.id);
    expect(byAction['member.leave']?.actorId).toBe(users.leaver.id);
    expect(byAction['member.update-role']?.metadata).toMatchObject({
      email: users.target.email,
      from: 'member',
      to: 'admin',
    });
    expect(byAction['member.remove']?.metadata).toMatchObject({ email: users.target.email, role: 'admin' });
    expect(byAction['organization.transfer-ownership']?.metadata).toMatchObject({ email: users.admin.email });
    expect(byAction['organization.update']?.metadata).toMatchObject({ changed: ['name'] });
    expect(byAction['project.rename']?.metadata).toMatchObject({ from: 'Launch', name: 'Relaunch' });
    // The invitation's id is the secret of its link: never in the log.
    expect(JSON.stringify(rows)).not.toContain(orgA.invitationId);
  });

  it('a refused change writes no event', async () => {
    const before = (await rowsOf(orgA.id)).length;
    const refused = await clients.member.serverFn(orgFn.changeRole, {
      data: { memberId: orgA.memberIds[users.owner.id], role: 'member' },
    });
    expect(refused.status).toBe(403);
    expect((await rowsOf(orgA.id)).length).toBe(before);
  });

  it("shows owners and admins their organization's events, newest first, and nothing of another's", async () => {
    const expected = (await rowsOf(orgA.id)).map((row) => row.id);
    for (const reader of [clients.owner, clients.admin]) {
      const page = expectOk(await readActivity(reader, { limit: 50 }));
      const items = (page.body as ActivityPageBody).result.items;
      expect(items.map((item) => item.id)).toEqual(expected);
      expect(JSON.stringify(page.body)).not.toContain('B secret project');
    }
    const other = expectOk(await readActivity(clients.otherOwner, { limit: 50 }));
    expect((other.body as ActivityPageBody).result.items.map((item) => item.action)).toEqual([
      'project.create',
    ]);
  });

  it("refuses an input that names an organization, whichever it is (400), and never answers with B's events", async () => {
    for (const organizationId of [orgBId, orgA.id]) {
      const attempt = await readActivity(clients.owner, { limit: 50, organizationId });
      expect(attempt.status).toBe(400);
      expect(JSON.stringify(attempt.body)).not.toContain('B secret project');
    }
    const smuggled = await readActivity(clients.owner, { limit: 50, organization: { id: orgBId } });
    expect(smuggled.status).toBe(400);
  });

  it('answers 403 to a member, and to an owner whose session points at an organization they are not in', async () => {
    const asMember = await readActivity(clients.member, { limit: 50 });
    expect(asMember.status).toBe(403);
    expect(JSON.stringify(asMember.body)).not.toContain('invitation.');

    const intruder = new HttpClient(app.baseUrl);
    expect((await intruder.signIn(users.owner)).status).toBe(200);
    await setActiveOrganization(intruder, orgBId);
    const asNonMember = await readActivity(intruder, { limit: 50 });
    expect(asNonMember.status).toBe(403);
    expect(JSON.stringify(asNonMember.body)).not.toContain('B secret project');

    // The personal account has no organization and so no log.
    const personal = await readActivity(clients.outsider, { limit: 50 });
    expect(personal.status).toBeGreaterThanOrEqual(400);
    expect(personal.status).toBeLessThan(500);
    expect(JSON.stringify(personal.body)).not.toContain('project.create');
  });

  it('pages with a cursor: every event once, in order, until there is no next page', async () => {
    const expected = (await rowsOf(orgA.id)).map((row) => row.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = expectOk(await readActivity(clients.owner, { limit: 5, cursor }));
      const body = (page.body as ActivityPageBody).result;
      expect(body.items.length).toBeLessThanOrEqual(5);
      seen.push(...body.items.map((item) => item.id));
      cursor = body.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 5));

    // A new event does not shift the pages already handed out.
    const first = (expectOk(await readActivity(clients.owner, { limit: 5 })).body as ActivityPageBody).result;
    expectOk(await clients.admin.serverFn(fn.createProject, { data: { name: 'Later', description: '' } }));
    const second = (
      expectOk(await readActivity(clients.owner, { limit: 5, cursor: first.nextCursor }))
        .body as ActivityPageBody
    ).result;
    expect(second.items.map((item) => item.id)).toEqual(expected.slice(5, 10));
  });

  it('refuses a forged cursor or an out-of-range limit with a 400', async () => {
    for (const data of [
      { limit: 5, cursor: 'not-a-cursor' },
      {
        limit: 5,
        cursor: Buffer.from(JSON.stringify(["2026-01-01'; drop table audit_log; --", 'x'])).toString(
          'base64url',
        ),
      },
      // The shape of a position, but no instant: PostgreSQL would fail on it (a 500).
      ...['2024-13-45T99:99:99.000000Z', '2026-02-30T10:00:00.000000Z'].map((instant) => ({
        limit: 5,
        cursor: Buffer.from(JSON.stringify([instant, 'x'])).toString('base64url'),
      })),
      { limit: 0 },
      { limit: 500 },
    ]) {
      expect((await readActivity(clients.owner, data)).status).toBe(400);
    }
  });
});
