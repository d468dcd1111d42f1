// Every admin server function and every better-auth admin endpoint, one by one: anonymous → 401,
// a signed-in non-admin (an organization owner) → 403, and nothing changes in the database.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getDatabase } from '@kit/database';
import { auditLog, member, organization, session, user } from '@kit/database/schema';
import { createTestOrganization, createTestUser, type TestUser } from '@kit/database/testing';
import { asc, count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient } from './support/http-client';

const admin = 'features.admin.admin.functions';
const actions = 'features.admin.user-actions.functions';

describe('admin authorization (production build)', () => {
  let app: AppServer;
  let victim: TestUser;
  let owner: TestUser;
  let victimSessionId: string;

  beforeAll(async () => {
    app = await startAppServer();
    const db = getDatabase();
    [victim, owner] = await Promise.all([createTestUser(db), createTestUser(db)]);
    const org = await createTestOrganization(db, { members: [{ userId: owner.id, role: 'owner' }] });
    const victimClient = new HttpClient(app.baseUrl);
    await victimClient.signIn(victim);
    const [row] = await db.select({ id: session.id }).from(session).limit(1);
    victimSessionId = row?.id ?? '';
    expect(org.id).toBeTruthy();
  });
  afterAll(() => app.stop());

  async function snapshot() {
    const db = getDatabase();
    return {
      users: await db.select().from(user).orderBy(asc(user.id)),
      sessions: await db
        .select({ id: session.id, userId: session.userId })
        .from(session)
        .orderBy(asc(session.id)),
      organizations: await db.select().from(organization).orderBy(asc(organization.id)),
      members: await db.select().from(member).orderBy(asc(member.id)),
      audit: (await db.select({ total: count() }).from(auditLog))[0]?.total,
    };
  }

  const serverFunctions = () =>
    [
      [`${admin}.fetchAdminOverview`, 'GET', undefined],
      [`${admin}.fetchAdminUsers`, 'GET', {}],
      [`${admin}.fetchAdminUser`, 'GET', { userId: victim.id }],
      [`${admin}.fetchAdminOrganizations`, 'GET', {}],
      [`${admin}.fetchAdminOrganization`, 'GET', { organizationId: 'any' }],
      [`${admin}.fetchAuditLog`, 'GET', {}],
      [`${actions}.setUserRole`, 'POST', { userId: victim.id, role: 'admin' }],
      [`${actions}.banUser`, 'POST', { userId: victim.id, reason: 'spam' }],
      [`${actions}.unbanUser`, 'POST', { userId: victim.id }],
      [`${actions}.revokeUserSession`, 'POST', { userId: victim.id, sessionId: victimSessionId }],
      [`${actions}.revokeAllUserSessions`, 'POST', { userId: victim.id }],
      [`${actions}.impersonateUser`, 'POST', { userId: victim.id }],
      [`${actions}.deleteUser`, 'POST', { userId: victim.id, deleteOwnedOrganizations: true }],
    ] as const;

  const endpoints = () =>
    [
      ['GET', 'admin/list-users'],
      ['GET', `admin/get-user?id=${victim.id}`],
      ['POST', 'admin/list-user-sessions', { userId: victim.id }],
      ['POST', 'admin/set-role', { userId: victim.id, role: 'admin' }],
      ['POST', 'admin/ban-user', { userId: victim.id }],
      ['POST', 'admin/unban-user', { userId: victim.id }],
      ['POST', 'admin/impersonate-user', { userId: victim.id }],
      ['POST', 'admin/revoke-user-session', { sessionToken: 'anything' }],
      ['POST', 'admin/revoke-user-sessions', { userId: victim.id }],
      ['POST', 'admin/remove-user', { userId: victim.id }],
      ['POST', 'admin/create-user', { email: 'new@example.test', password: 'password-1234', name: 'New' }],
      ['POST', 'admin/set-user-password', { userId: victim.id, newPassword: 'password-5678' }],
      ['POST', 'admin/update-user', { userId: victim.id, data: { name: 'Renamed' } }],
    ] as const;

  async function callEndpoint(client: HttpClient, [method, path, body]: readonly [string, string, unknown?]) {
    return method === 'GET'
      ? client.request(`/api/auth/${path}`, { headers: { origin: client.origin } })
      : client.authPost(path, body ?? {});
  }

  it('shows the not-found page for an admin address whose id names nothing, or cannot name anything', async () => {
    const admin = await createTestUser(getDatabase(), { role: 'admin' });
    const client = new HttpClient(app.baseUrl);
    await client.signIn(admin);
    for (const path of [
      '/admin/users/00000000-0000-4000-8000-000000000000',
      '/admin/organizations/00000000-0000-4000-8000-000000000000',
      `/admin/users/${'x'.repeat(300)}`,
      `/invitations/${'x'.repeat(300)}`,
    ]) {
      const response = await client.request(path);
      const html = await response.text();
      expect(response.status, path).toBe(404);
      expect(html, path).toContain('Page not found');
      expect(html, path).not.toContain('Something went wrong');
    }
  });

  it('covers every admin server function the build contains', () => {
    const buildDir = path.resolve(import.meta.dirname, '../.output/server/_ssr');
    const built = new Set(
      readdirSync(buildDir)
        .filter((file) => file.endsWith('.mjs'))
        .flatMap(
          (file) =>
            readFileSync(path.join(buildDir, file), 'utf8').match(
              /features\.admin\.[a-z.-]+\.functions\.\w+/g,
            ) ?? [],
        ),
    );
    // stopImpersonating is called by the impersonated (non-admin) session, so it is not an admin function.
    built.delete(`${actions}.stopImpersonating`);
    expect([...built].sort()).toEqual(
      serverFunctions()
        .map(([id]) => id)
        .sort(),
    );
  });

  for (const [who, expected] of [
    ['anonymous', 401],
    ['an organization owner', 403],
  ] as const) {
    it(`every admin server function answers ${expected} to ${who}, with nothing changed`, async () => {
      const client = new HttpClient(app.baseUrl);
      if (who !== 'anonymous') await client.signIn(owner);
      const before = await snapshot();
      for (const [id, method, data] of serverFunctions()) {
        const result = await client.serverFn(id, { method, data });
        expect(result.status, id).toBe(expected);
      }
      expect(await snapshot()).toEqual(before);
    });

    it(`every better-auth admin endpoint answers ${expected} to ${who}, with nothing changed`, async () => {
      const client = new HttpClient(app.baseUrl);
      if (who !== 'anonymous') await client.signIn(owner);
      const before = await snapshot();
      for (const endpoint of endpoints()) {
        const response = await callEndpoint(client, endpoint);
        expect(response.status, endpoint[1]).toBe(expected);
      }
      expect(await snapshot()).toEqual(before);
    });
  }
});
