// Owner rules, invalid roles, cross-organization attempts and concurrent acceptance, over HTTP.
import { getDatabase } from '@kit/database';
import { invitation, member, session } from '@kit/database/schema';
import { createTestUser, type TestUser } from '@kit/database/testing';
import { emailsInLog } from '@kit/mailers/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient } from './support/http-client';
import {
  createOrganizationFixture,
  type OrganizationFixture,
  orgFn,
  sessionTokenOf,
  setActiveOrganization,
  snapshotOrganization,
} from './support/organization-fixtures';

describe('organization rules (production build)', () => {
  let app: AppServer;
  let owner: TestUser;
  let admin: TestUser;
  let plain: TestUser;
  let outsiderOwner: TestUser;
  let ownerClient: HttpClient;
  let adminClient: HttpClient;
  let orgA: OrganizationFixture;
  let orgB: OrganizationFixture;

  beforeAll(async () => {
    app = await startAppServer();
    const db = getDatabase();
    [owner, admin, plain, outsiderOwner] = await Promise.all([
      createTestUser(db),
      createTestUser(db),
      createTestUser(db),
      createTestUser(db),
    ]);
    ownerClient = new HttpClient(app.baseUrl);
    adminClient = new HttpClient(app.baseUrl);
    await ownerClient.signIn(owner);
    await adminClient.signIn(admin);
  });
  afterAll(() => app.stop());

  async function freshOrganizations() {
    orgA = await createOrganizationFixture([
      { user: owner, role: 'owner' },
      { user: admin, role: 'admin' },
      { user: plain, role: 'member' },
    ]);
    orgB = await createOrganizationFixture([
      { user: outsiderOwner, role: 'owner' },
      { user: plain, role: 'member' },
    ]);
    await setActiveOrganization(ownerClient, orgA.id);
    await setActiveOrganization(adminClient, orgA.id);
  }

  describe('the owner role', () => {
    beforeAll(freshOrganizations);

    it('an admin cannot make anyone owner, by role change or by invitation', async () => {
      const before = await snapshotOrganization(orgA.id);
      const promote = await adminClient.serverFn(orgFn.changeRole, {
        data: { memberId: orgA.memberIds[plain.id], role: 'owner' },
      });
      expect(promote.status).toBe(403);
      const selfPromote = await adminClient.serverFn(orgFn.changeRole, {
        data: { memberId: orgA.memberIds[admin.id], role: 'owner' },
      });
      expect(selfPromote.status).toBe(403);
      const invite = await adminClient.serverFn(orgFn.invite, {
        data: { email: 'boss@example.test', role: 'owner' },
      });
      expect(invite.status).toBe(403);
      expect(await snapshotOrganization(orgA.id)).toEqual(before);
    });

    it('an admin cannot demote or remove an owner', async () => {
      const before = await snapshotOrganization(orgA.id);
      const ownerMemberId = orgA.memberIds[owner.id];
      expect(
        (await adminClient.serverFn(orgFn.changeRole, { data: { memberId: ownerMemberId, role: 'member' } }))
          .status,
      ).toBe(403);
      expect((await adminClient.serverFn(orgFn.remove, { data: { memberId: ownerMemberId } })).status).toBe(
        403,
      );
      expect(await snapshotOrganization(orgA.id)).toEqual(before);
    });

    it('the last owner can neither leave nor be demoted', async () => {
      const before = await snapshotOrganization(orgA.id);
      expect((await ownerClient.serverFn(orgFn.leave)).status).toBe(403);
      const demote = await ownerClient.serverFn(orgFn.changeRole, {
        data: { memberId: orgA.memberIds[owner.id], role: 'admin' },
      });
      expect(demote.status).toBe(403);
      expect(demote.body).toMatchObject({
        error: { message: expect.stringContaining('at least one owner') },
      });
      expect(await snapshotOrganization(orgA.id)).toEqual(before);
    });

    it('an owner can make another owner, who may then leave', async () => {
      const promote = await ownerClient.serverFn(orgFn.changeRole, {
        data: { memberId: orgA.memberIds[admin.id], role: 'owner' },
      });
      expect(promote.status).toBe(200);
      expect((await adminClient.serverFn(orgFn.leave)).status).toBe(200);
      const left = await getDatabase()
        .select()
        .from(member)
        .where(and(eq(member.organizationId, orgA.id), eq(member.userId, admin.id)));
      expect(left).toEqual([]);
    });

    it('transferring ownership makes the target owner and the previous owner admin', async () => {
      await freshOrganizations();
      const result = await ownerClient.serverFn(orgFn.transfer, {
        data: { memberId: orgA.memberIds[plain.id] },
      });
      expect(result.status).toBe(200);
      const roles = Object.fromEntries(
        (await snapshotOrganization(orgA.id)).members.map((row) => [row.userId, row.role]),
      );
      expect(roles[plain.id]).toBe('owner');
      expect(roles[owner.id]).toBe('admin');
    });
  });

  describe('deleting an organization', () => {
    beforeAll(freshOrganizations);

    it('needs a fresh session: a session older than 10 minutes gets 403 SESSION_NOT_FRESH and nothing changes', async () => {
      const stale = new HttpClient(app.baseUrl);
      await stale.signIn(owner);
      await setActiveOrganization(stale, orgA.id);
      await getDatabase()
        .update(session)
        .set({ createdAt: new Date(Date.now() - 11 * 60_000) })
        .where(eq(session.token, sessionTokenOf(stale)));
      const before = await snapshotOrganization(orgA.id);
      const refused = await stale.serverFn(orgFn.delete, { data: { confirmName: orgA.name } });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ error: { code: 'SESSION_NOT_FRESH' } });
      expect(await snapshotOrganization(orgA.id)).toEqual(before);
    });

    it('needs the exact name typed, then removes the organization and its memberships', async () => {
      const wrong = await ownerClient.serverFn(orgFn.delete, { data: { confirmName: 'not the name' } });
      expect(wrong.status).toBe(400);
      const deleted = await ownerClient.serverFn(orgFn.delete, { data: { confirmName: orgA.name } });
      expect(deleted.status).toBe(200);
      const after = await snapshotOrganization(orgA.id);
      expect(after.org).toBeUndefined();
      expect(after.members).toEqual([]);
      const identity = await ownerClient.serverFn('lib.auth.identity.functions.fetchIdentity', {
        method: 'GET',
      });
      expect(identity.body).toMatchObject({ result: { activeOrganizationId: null } });
    });
  });

  describe('roles outside the defined ones', () => {
    beforeAll(freshOrganizations);

    it('are rejected with 400 and nothing changes', async () => {
      const before = await snapshotOrganization(orgA.id);
      for (const role of ['superuser', 'OWNER', '', 'owner,admin']) {
        const change = await ownerClient.serverFn(orgFn.changeRole, {
          data: { memberId: orgA.memberIds[plain.id], role },
        });
        expect(change.status).toBe(400);
        expect(change.body).toMatchObject({ error: { fieldErrors: { role: expect.any(Array) } } });
        const invite = await ownerClient.serverFn(orgFn.invite, { data: { email: 'x@example.test', role } });
        expect(invite.status).toBe(400);
      }
      expect(await snapshotOrganization(orgA.id)).toEqual(before);
    });
  });

  describe('cross-organization attempts', () => {
    beforeAll(freshOrganizations);

    const randomId = () => crypto.randomUUID();

    it("naming B's member or invitation from A answers exactly like a random id, and changes nothing", async () => {
      const beforeA = await snapshotOrganization(orgA.id);
      const beforeB = await snapshotOrganization(orgB.id);
      const attempts: Array<[string, (id: string) => Record<string, unknown>, string]> = [
        [
          orgFn.changeRole,
          (memberId) => ({ memberId, role: 'member' }),
          orgB.memberIds[outsiderOwner.id] ?? '',
        ],
        [orgFn.remove, (memberId) => ({ memberId }), orgB.memberIds[outsiderOwner.id] ?? ''],
        [orgFn.transfer, (memberId) => ({ memberId }), orgB.memberIds[plain.id] ?? ''],
        [orgFn.cancel, (invitationId) => ({ invitationId }), orgB.invitationId],
        [orgFn.resend, (invitationId) => ({ invitationId }), orgB.invitationId],
      ];
      for (const [id, data, foreignId] of attempts) {
        const foreign = await ownerClient.serverFn(id, { data: data(foreignId) });
        const random = await ownerClient.serverFn(id, { data: data(randomId()) });
        expect(foreign.status, id).toBe(404);
        expect(foreign.status).toBe(random.status);
        expect(foreign.body).toEqual(random.body);
      }
      expect(await snapshotOrganization(orgA.id)).toEqual(beforeA);
      expect(await snapshotOrganization(orgB.id)).toEqual(beforeB);
    });

    it('switching to B answers like switching to a random id', async () => {
      const foreign = await ownerClient.serverFn(orgFn.switchAccount, { data: { organizationId: orgB.id } });
      const random = await ownerClient.serverFn(orgFn.switchAccount, {
        data: { organizationId: randomId() },
      });
      expect(foreign.status).toBe(403);
      expect(foreign.body).toEqual(random.body);
    });

    it('a session pointed at B by hand gets 403 from every organization function', async () => {
      const intruder = new HttpClient(app.baseUrl);
      await intruder.signIn(owner);
      await setActiveOrganization(intruder, orgB.id);
      const before = await snapshotOrganization(orgB.id);
      const calls = [
        intruder.serverFn(orgFn.members, { method: 'GET' }),
        intruder.serverFn(orgFn.invitations, { method: 'GET' }),
        intruder.serverFn(orgFn.settings, { method: 'GET' }),
        intruder.serverFn(orgFn.update, { data: { name: 'Owned', slug: orgB.slug, logo: '' } }),
        intruder.serverFn(orgFn.delete, { data: { confirmName: orgB.name } }),
        intruder.serverFn(orgFn.invite, { data: { email: 'spy@example.test', role: 'member' } }),
        intruder.serverFn(orgFn.leave),
      ];
      for (const result of await Promise.all(calls)) expect(result.status).toBe(403);
      expect(await snapshotOrganization(orgB.id)).toEqual(before);
    });

    it("better-auth's organization endpoints are not served: B's ids and random ids get the same 404", async () => {
      const beforeB = await snapshotOrganization(orgB.id);
      const endpoints: Array<[string, Record<string, unknown>]> = [
        ['organization/update', { organizationId: orgB.id, data: { name: 'Owned' } }],
        ['organization/delete', { organizationId: orgB.id }],
        ['organization/remove-member', { organizationId: orgB.id, memberIdOrEmail: outsiderOwner.email }],
        [
          'organization/update-member-role',
          { organizationId: orgB.id, memberId: orgB.memberIds[plain.id], role: 'owner' },
        ],
        ['organization/invite-member', { organizationId: orgB.id, email: 'spy@example.test', role: 'owner' }],
        ['organization/cancel-invitation', { invitationId: orgB.invitationId }],
        ['organization/accept-invitation', { invitationId: orgB.invitationId }],
        ['organization/set-active', { organizationId: orgB.id }],
        ['organization/leave', { organizationId: orgB.id }],
      ];
      for (const [path, body] of endpoints) {
        const foreign = await ownerClient.authPost(path, body);
        const random = await ownerClient.authPost(path, { ...body, organizationId: randomId() });
        expect(foreign.status, path).toBe(404);
        expect(random.status, path).toBe(404);
      }
      const fullOrg = await ownerClient.request(
        `/api/auth/organization/get-full-organization?organizationId=${orgB.id}`,
      );
      expect(fullOrg.status).toBe(404);
      expect(await snapshotOrganization(orgB.id)).toEqual(beforeB);
    });
  });

  describe('invitations', () => {
    beforeAll(freshOrganizations);

    it('sends the invitation by email with a link to its page', async () => {
      const email = `guest-${crypto.randomUUID().slice(0, 6)}@example.test`;
      const result = await ownerClient.serverFn(orgFn.invite, { data: { email, role: 'admin' } });
      expect(result.status).toBe(200);
      const [row] = await getDatabase().select().from(invitation).where(eq(invitation.email, email));
      const sent = emailsInLog(app.output()).filter((mail) => mail.to === email);
      expect(sent).toHaveLength(1);
      expect(sent[0]?.links).toContain(`${app.baseUrl}/invitations/${row?.id}`);
    });

    it('ten concurrent accepts of one invitation create exactly one membership', async () => {
      const invitee = await createTestUser(getDatabase());
      const clients = await Promise.all(
        Array.from({ length: 10 }, async () => {
          const client = new HttpClient(app.baseUrl);
          await client.signIn(invitee);
          return client;
        }),
      );
      const org = await createOrganizationFixture([{ user: owner, role: 'owner' }], invitee.email);
      const results = await Promise.all(
        clients.map((client) => client.serverFn(orgFn.accept, { data: { invitationId: org.invitationId } })),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(results.filter((r) => r.status === 409)).toHaveLength(9);
      const memberships = await getDatabase()
        .select()
        .from(member)
        .where(and(eq(member.organizationId, org.id), eq(member.userId, invitee.id)));
      expect(memberships).toHaveLength(1);
    });

    it('accepting makes the organization active; the invitation page then says it was used', async () => {
      const invitee = await createTestUser(getDatabase());
      const client = new HttpClient(app.baseUrl);
      await client.signIn(invitee);
      const org = await createOrganizationFixture([{ user: owner, role: 'owner' }], invitee.email);
      expect((await client.serverFn(orgFn.accept, { data: { invitationId: org.invitationId } })).status).toBe(
        200,
      );
      const identity = await client.serverFn('lib.auth.identity.functions.fetchIdentity', {
        method: 'GET',
      });
      expect(identity.body).toMatchObject({ result: { activeOrganizationId: org.id, role: 'member' } });
      const page = await client.request(`/invitations/${org.invitationId}`);
      expect(await page.text()).toMatch(/data-testid="invitation"[^>]*data-state="accepted"/);
    });

    it('the invitation page says which: someone else, expired, cancelled, declined, unknown', async () => {
      const invitee = await createTestUser(getDatabase());
      const client = new HttpClient(app.baseUrl);
      await client.signIn(invitee);
      const stateOf = async (invitationId: string) => {
        const html = await (await client.request(`/invitations/${invitationId}`)).text();
        return /data-testid="invitation"[^>]*data-state="([a-z_]+)"/.exec(html)?.[1];
      };
      const someoneElses = await createOrganizationFixture([{ user: owner, role: 'owner' }]);
      expect(await stateOf(someoneElses.invitationId)).toBe('wrong_recipient');
      expect(
        (await client.serverFn(orgFn.accept, { data: { invitationId: someoneElses.invitationId } })).status,
      ).toBe(403);

      const expired = await createOrganizationFixture([{ user: owner, role: 'owner' }], invitee.email);
      await getDatabase()
        .update(invitation)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(invitation.id, expired.invitationId));
      expect(await stateOf(expired.invitationId)).toBe('expired');
      expect(
        (await client.serverFn(orgFn.accept, { data: { invitationId: expired.invitationId } })).status,
      ).toBe(410);

      const cancelled = await createOrganizationFixture([{ user: owner, role: 'owner' }], invitee.email);
      await getDatabase()
        .update(invitation)
        .set({ status: 'canceled' })
        .where(eq(invitation.id, cancelled.invitationId));
      expect(await stateOf(cancelled.invitationId)).toBe('canceled');

      const declined = await createOrganizationFixture([{ user: owner, role: 'owner' }], invitee.email);
      expect(
        (await client.serverFn(orgFn.decline, { data: { invitationId: declined.invitationId } })).status,
      ).toBe(200);
      expect(await stateOf(declined.invitationId)).toBe('rejected');

      expect(await stateOf(crypto.randomUUID())).toBe('not_found');
    });
  });
});
