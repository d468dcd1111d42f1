import { getDatabase } from '@kit/database';
import { member, organization, session } from '@kit/database/schema';
import { createTestOrganization, createTestUser, type TestUser } from '@kit/database/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';

const fn = {
  mySessions: 'features.user.users.functions.fetchMySessions',
  identity: 'lib.auth.identity.functions.fetchIdentity',
  createOrganization: 'features.organization.organizations.functions.createOrganization',
  switchAccount: 'features.organization.organizations.functions.switchAccount',
  update: 'features.organization.organizations.functions.updateOrganizationSettings',
  fetchAdminUsers: 'features.admin.admin.functions.fetchAdminUsers',
  fetchAdminOrganizations: 'features.admin.admin.functions.fetchAdminOrganizations',
};

describe('server functions behind the action builders (production build)', () => {
  let app: AppServer;
  let owner: TestUser;
  let plainMember: TestUser;
  let outsider: TestUser;
  let admin: TestUser;
  let orgA: { id: string; name: string; slug: string };
  let orgB: { id: string; name: string; slug: string };

  async function clientFor(user: TestUser, activeOrganizationId?: string) {
    const client = await signedInClient(app.baseUrl, user);
    if (activeOrganizationId) {
      const switched = await client.serverFn(fn.switchAccount, {
        data: { organizationId: activeOrganizationId },
      });
      expect(switched.status).toBe(200);
    }
    return client;
  }

  async function organizationName(id: string) {
    const [row] = await getDatabase().select().from(organization).where(eq(organization.id, id));
    return row?.name;
  }

  beforeAll(async () => {
    app = await startAppServer();
    const db = getDatabase();
    [owner, plainMember, outsider, admin] = await Promise.all([
      createTestUser(db),
      createTestUser(db),
      createTestUser(db),
      createTestUser(db, { role: 'admin' }),
    ]);
    orgA = await createTestOrganization(db, {
      name: 'Org A',
      members: [
        { userId: owner.id, role: 'owner' },
        { userId: plainMember.id, role: 'member' },
      ],
    });
    orgB = await createTestOrganization(db, {
      name: 'Org B',
      members: [{ userId: outsider.id, role: 'owner' }],
    });
  });
  afterAll(() => app.stop());

  describe('authAction', () => {
    it('answers 401 to an anonymous caller', async () => {
      const anonymous = new HttpClient(app.baseUrl);
      expect((await anonymous.serverFn(fn.createOrganization, { data: { name: 'Nope' } })).status).toBe(401);
      expect((await anonymous.serverFn(fn.mySessions, { method: 'GET' })).status).toBe(401);
    });

    it('answers 400 with field errors to invalid input', async () => {
      const client = await clientFor(outsider);
      const result = await client.serverFn(fn.createOrganization, {
        data: { name: '', slug: 'Not A Slug!' },
      });
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({
        error: { fieldErrors: { name: expect.any(Array), slug: expect.any(Array) } },
      });
    });

    it('makes a slug for a name without Latin letters, and from the name when the slug is left empty', async () => {
      const client = await clientFor(outsider);
      const japanese = await client.serverFn(fn.createOrganization, {
        data: { name: '株式会社テスト', slug: '' },
      });
      expect(japanese.status).toBe(200);
      expect(japanese.body).toMatchObject({
        result: { name: '株式会社テスト', slug: expect.stringMatching(/^org-[0-9a-f]{8}$/) },
      });
      const named = await client.serverFn(fn.createOrganization, {
        data: { name: `Émile & Co ${Date.now()}`, slug: '' },
      });
      expect(named.status).toBe(200);
      expect(named.body).toMatchObject({ result: { slug: expect.stringMatching(/^emile-co-\d+$/) } });
    });

    it('acts as the session user whatever user id the body names', async () => {
      const client = await clientFor(outsider);
      const result = await client.serverFn(fn.createOrganization, {
        data: { name: 'Made By Outsider', userId: owner.id },
      });
      expect(result.status).toBe(200);
      const rows = await getDatabase()
        .select({ userId: member.userId, role: member.role })
        .from(member)
        .innerJoin(organization, eq(organization.id, member.organizationId))
        .where(eq(organization.name, 'Made By Outsider'));
      expect(rows).toEqual([{ userId: outsider.id, role: 'owner' }]);
    });

    it('refuses to switch to an organization the caller is not a member of', async () => {
      const client = await clientFor(plainMember);
      const result = await client.serverFn(fn.switchAccount, { data: { organizationId: orgB.id } });
      expect(result.status).toBe(403);
      const sessions = await getDatabase().select().from(session).where(eq(session.userId, plainMember.id));
      expect(sessions.every((row) => row.activeOrganizationId !== orgB.id)).toBe(true);
    });
  });

  describe('organizationAction', () => {
    it('answers 401 to an anonymous caller', async () => {
      const result = await new HttpClient(app.baseUrl).serverFn(fn.update, {
        data: { name: 'Nope', slug: orgA.slug, logo: '' },
      });
      expect(result.status).toBe(401);
    });

    it('answers 403 on the personal account', async () => {
      const client = await clientFor(owner);
      expect(
        (await client.serverFn(fn.update, { data: { name: 'Nope', slug: orgA.slug, logo: '' } })).status,
      ).toBe(403);
      expect(await organizationName(orgA.id)).toBe('Org A');
    });

    it('answers 403 to a role without the permission, with nothing changed', async () => {
      const client = await clientFor(plainMember, orgA.id);
      const result = await client.serverFn(fn.update, {
        data: { name: 'By Member', slug: orgA.slug, logo: '' },
      });
      expect(result.status).toBe(403);
      expect(result.body).toMatchObject({
        error: { message: expect.stringContaining('organization:update') },
      });
      expect(await organizationName(orgA.id)).toBe('Org A');
    });

    it('answers 403 when the session points at an organization the user was removed from', async () => {
      const db = getDatabase();
      const departing = await createTestUser(db);
      await db
        .insert(member)
        .values({ id: crypto.randomUUID(), organizationId: orgA.id, userId: departing.id, role: 'admin' });
      const client = await clientFor(departing, orgA.id);
      await db.delete(member).where(and(eq(member.organizationId, orgA.id), eq(member.userId, departing.id)));
      expect(
        (await client.serverFn(fn.update, { data: { name: 'Gone', slug: orgA.slug, logo: '' } })).status,
      ).toBe(403);
      const context = await client.serverFn(fn.identity, { method: 'GET' });
      expect(context.body).toMatchObject({ result: { activeOrganizationId: null } });
    });

    it('answers 400 with field errors to invalid input', async () => {
      const client = await clientFor(owner, orgA.id);
      const result = await client.serverFn(fn.update, { data: { name: 'x', slug: orgA.slug, logo: '' } });
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({ error: { fieldErrors: { name: expect.any(Array) } } });
    });

    it('changes the active organization only, whatever organization id the body names', async () => {
      const client = await clientFor(owner, orgA.id);
      const result = await client.serverFn(fn.update, {
        data: { name: 'Org A Renamed', slug: orgA.slug, logo: '', organizationId: orgB.id },
      });
      expect(result.status).toBe(200);
      expect(await organizationName(orgA.id)).toBe('Org A Renamed');
      expect(await organizationName(orgB.id)).toBe('Org B');
    });
  });

  describe('adminAction', () => {
    it('answers 401 to an anonymous caller', async () => {
      const result = await new HttpClient(app.baseUrl).serverFn(fn.fetchAdminUsers, {
        method: 'GET',
        data: {},
      });
      expect(result.status).toBe(401);
    });

    it('answers 403 to a non-admin, even an organization owner', async () => {
      const client = await clientFor(owner, orgA.id);
      const result = await client.serverFn(fn.fetchAdminUsers, { method: 'GET', data: {} });
      expect(result.status).toBe(403);
      expect(JSON.stringify(result.body)).not.toContain(admin.email);
    });

    it('answers 400 to invalid input and lists users for an admin', async () => {
      const client = await clientFor(admin);
      expect((await client.serverFn(fn.fetchAdminUsers, { method: 'GET', data: { page: -3 } })).status).toBe(
        400,
      );
      const result = await client.serverFn(fn.fetchAdminUsers, {
        method: 'GET',
        data: { search: owner.email },
      });
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ result: { total: 1, users: [{ email: owner.email }] } });
    });

    it('sorts the organization list by the column asked for, and refuses a column or order it does not know', async () => {
      const client = await clientFor(admin);
      const list = (data: Record<string, unknown>) =>
        client.serverFn(fn.fetchAdminOrganizations, { method: 'GET', data });
      expect((await list({ sort: 'slug; drop table organization' })).status).toBe(400);
      expect((await list({ sort: 'name', order: 'sideways' })).status).toBe(400);
      // Two organizations of its own: Sort B has three members, Sort A one.
      const db = getDatabase();
      const sortA = await createTestOrganization(db, {
        name: 'Sort A',
        members: [{ userId: admin.id, role: 'owner' }],
      });
      const sortB = await createTestOrganization(db, {
        name: 'Sort B',
        members: [
          { userId: owner.id, role: 'owner' },
          { userId: plainMember.id, role: 'member' },
          { userId: outsider.id, role: 'member' },
        ],
      });
      const names = async (data: Record<string, unknown>) => {
        const answer = await list(data);
        expect(answer.status).toBe(200);
        const { organizations } = (answer.body as { result: { organizations: Array<{ id: string }> } })
          .result;
        return organizations
          .filter((org) => org.id === sortA.id || org.id === sortB.id)
          .map((org) => (org.id === sortA.id ? 'Sort A' : 'Sort B'));
      };
      expect(await names({ sort: 'members', order: 'desc' })).toEqual(['Sort B', 'Sort A']);
      expect(await names({ sort: 'members', order: 'asc' })).toEqual(['Sort A', 'Sort B']);
      expect(await names({ sort: 'name', order: 'desc' })).toEqual(['Sort B', 'Sort A']);
      expect(await names({ sort: 'name', order: 'asc' })).toEqual(['Sort A', 'Sort B']);
    });
  });
});
