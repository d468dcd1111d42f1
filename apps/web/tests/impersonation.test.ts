// Issue 9, items 2 and 7: how long an impersonation lasts, when it ends early, and what an admin may do
// through better-auth's endpoints while impersonating.
import { getDatabase } from '@kit/database';
import { auditLog, member, organization, passkey, session, user } from '@kit/database/schema';
import { createTestUser, type TestUser } from '@kit/database/testing';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';
import { createOrganizationFixture, orgFn, setActiveOrganization } from './support/organization-fixtures';

const IMPERSONATE = 'features.admin.user-actions.functions.impersonateUser';
const SIGNED_IN_READ = 'features.user.users.functions.fetchMySessions';
const CREATE_ORGANIZATION = 'features.organization.organizations.functions.createOrganization';
const REVOKE_SESSION = 'features.user.users.functions.revokeMySession';
const REVOKE_OTHER_SESSIONS = 'features.user.users.functions.revokeMyOtherSessions';
const HOUR_MS = 3_600_000;

describe('impersonation sessions (production build)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app.stop());

  /** An admin's client, now impersonating a fresh user. */
  async function impersonating(admin?: TestUser) {
    const actingAdmin = admin ?? (await createTestUser(getDatabase(), { role: 'admin' }));
    const target = await createTestUser(getDatabase());
    const client = await signedInClient(app.baseUrl, actingAdmin);
    expect((await client.serverFn(IMPERSONATE, { data: { userId: target.id } })).status).toBe(200);
    return { client, admin: actingAdmin, target };
  }

  async function impersonationRow(targetId: string) {
    const [row] = await getDatabase()
      .select()
      .from(session)
      .where(and(eq(session.userId, targetId)));
    return row;
  }

  function dropCookie(client: HttpClient, name: string) {
    client.cookie = client.cookie
      .split('; ')
      .filter((pair) => !pair.startsWith(`${name}=`))
      .join('; ');
  }

  it('is not slid past its hour by a get-session without the dont_remember cookie', async () => {
    const { client, target } = await impersonating();
    expect(client.cookie).toContain('kit.dont_remember=');
    dropCookie(client, 'kit.dont_remember');
    const read = await client.request('/api/auth/get-session');
    expect(await read.json()).toMatchObject({ user: { id: target.id } });
    const row = await impersonationRow(target.id);
    expect(row?.impersonatedBy).toBeTruthy();
    expect((row?.expiresAt.getTime() ?? 0) - (row?.createdAt.getTime() ?? 0)).toBeLessThanOrEqual(HOUR_MS);
  });

  it('ends one hour after it began, even when its expiry was pushed forward', async () => {
    const { client, target } = await impersonating();
    dropCookie(client, 'kit.dont_remember');
    await getDatabase()
      .update(session)
      .set({
        createdAt: new Date(Date.now() - HOUR_MS - 60_000),
        expiresAt: new Date(Date.now() + 6 * 86_400_000),
      })
      .where(eq(session.userId, target.id));
    const read = await client.request('/api/auth/get-session');
    expect(await read.json()).toBeNull();
    expect((await client.serverFn(SIGNED_IN_READ, { method: 'GET' })).status).toBe(401);
    expect(await impersonationRow(target.id)).toBeUndefined();
  });

  const demotions: Array<[string, (adminId: string) => Promise<unknown>]> = [
    ['banned', (adminId) => getDatabase().update(user).set({ banned: true }).where(eq(user.id, adminId))],
    ['demoted', (adminId) => getDatabase().update(user).set({ role: 'user' }).where(eq(user.id, adminId))],
    ['deleted', (adminId) => getDatabase().delete(user).where(eq(user.id, adminId))],
  ];
  for (const [what, change] of demotions) {
    it(`ends at once when the impersonating admin is ${what}`, async () => {
      const { client, admin, target } = await impersonating();
      expect((await client.serverFn(SIGNED_IN_READ, { method: 'GET' })).status).toBe(200);
      await change(admin.id);
      expect((await client.serverFn(SIGNED_IN_READ, { method: 'GET' })).status).toBe(401);
      const read = await client.request('/api/auth/get-session');
      expect(await read.json()).toBeNull();
      expect(await impersonationRow(target.id)).toBeUndefined();
    });
  }

  it('refuses changing the email or password and deleting the user through /api/auth, changing nothing', async () => {
    const { client, target } = await impersonating();
    const attempts = [
      await client.authPost('change-email', { newEmail: `taken-over-${target.id.slice(0, 6)}@example.test` }),
      await client.authPost('change-password', {
        currentPassword: target.password,
        newPassword: 'admin-chose-this-1',
      }),
      await client.authPost('delete-user', {}),
    ];
    expect(attempts.map((response) => response.status)).toEqual([403, 403, 403]);
    const [row] = await getDatabase().select().from(user).where(eq(user.id, target.id));
    expect(row?.email).toBe(target.email);
    expect((await new HttpClient(app.baseUrl).signIn(target)).status).toBe(200);
  });

  it('refuses adding a passkey or linking a provider for the user, which would leave the admin a way back in', async () => {
    const { client, target } = await impersonating();
    const registerOptions = await client.request('/api/auth/passkey/generate-register-options');
    const attempts = [
      registerOptions,
      await client.authPost('passkey/verify-registration', { response: {}, name: 'admin key' }),
      await client.authPost('link-social', { provider: 'google', callbackURL: '/settings/security' }),
    ];
    expect(attempts.map((response) => response.status)).toEqual([403, 403, 403]);
    const codes = await Promise.all(
      attempts.map(async (response) => ((await response.json()) as { code?: string }).code),
    );
    expect(codes).toEqual(['NOT_WHILE_IMPERSONATING', 'NOT_WHILE_IMPERSONATING', 'NOT_WHILE_IMPERSONATING']);
    const keys = await getDatabase().select().from(passkey).where(eq(passkey.userId, target.id));
    expect(keys).toEqual([]);
  });

  it('audits other changes made through /api/auth with the impersonating admin', async () => {
    const { client, admin, target } = await impersonating();
    const renamed = await client.authPost('update-user', { name: 'Renamed By Support' });
    expect(renamed.status).toBe(200);
    const entries = await getDatabase().select().from(auditLog).where(eq(auditLog.impersonatorId, admin.id));
    expect(entries).toEqual([
      expect.objectContaining({ actorId: target.id, targetId: '/update-user', impersonatorId: admin.id }),
    ]);
  });

  it("does not show the admin's IP address and user agent in the user's sessions list", async () => {
    const admin = await createTestUser(getDatabase(), { role: 'admin' });
    const target = await createTestUser(getDatabase());
    const adminClient = new HttpClient(app.baseUrl);
    const adminAgent = { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/128.0' };
    const signIn = await adminClient.request('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { ...adminAgent, 'content-type': 'application/json', origin: adminClient.origin },
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    });
    expect(signIn.status).toBe(200);
    const started = await adminClient.serverFn(IMPERSONATE, {
      data: { userId: target.id },
      headers: adminAgent,
    });
    expect(started.status).toBe(200);

    const owner = await signedInClient(app.baseUrl, target);
    const listed = await owner.serverFn('features.user.users.functions.fetchMySessions', {
      method: 'GET',
    });
    const sessions = (listed.body as { result: Array<Record<string, unknown>> }).result;
    expect(sessions).toHaveLength(2);
    const other = sessions.find((entry) => !entry.isCurrent);
    expect(other).toMatchObject({ ipAddress: null, browser: 'Unknown browser' });
    const [row] = await getDatabase()
      .select()
      .from(session)
      .where(and(eq(session.userId, target.id), eq(session.impersonatedBy, admin.id)));
    expect(row).toMatchObject({ ipAddress: null, userAgent: null });
  });

  async function auditEntriesBy(adminId: string) {
    return getDatabase().select().from(auditLog).where(eq(auditLog.impersonatorId, adminId));
  }

  it('cannot skip the audit with an extra path segment ending in .stopImpersonating: refused, nothing made', async () => {
    const { client, admin, target } = await impersonating();
    const name = `Unaudited ${crypto.randomUUID().slice(0, 8)}`;
    const path = `/_serverFn/${CREATE_ORGANIZATION}/x.stopImpersonating`;
    const attempt = await client.serverFn(CREATE_ORGANIZATION, { path, data: { name } });
    expect(attempt.status).toBe(404);
    const memberships = await getDatabase().select().from(member).where(eq(member.userId, target.id));
    expect(memberships).toEqual([]);
    expect(await auditEntriesBy(admin.id)).toEqual([]);
    // The same call at the function's own path runs, and is audited.
    expect((await client.serverFn(CREATE_ORGANIZATION, { data: { name } })).status).toBe(200);
    expect(await auditEntriesBy(admin.id)).toEqual([
      expect.objectContaining({
        actorId: target.id,
        targetId: CREATE_ORGANIZATION,
        impersonatorId: admin.id,
      }),
    ]);
  });

  it("refuses ending the user's sessions or deleting their organization through the app's server functions", async () => {
    const { client, admin, target } = await impersonating();
    const owner = await signedInClient(app.baseUrl, target);
    const [ownSession] = await getDatabase()
      .select()
      .from(session)
      .where(and(eq(session.userId, target.id), isNull(session.impersonatedBy)));
    const org = await createOrganizationFixture([{ user: target, role: 'owner' }]);
    await setActiveOrganization(client, org.id);

    const attempts = [
      await client.serverFn(REVOKE_SESSION, { data: { sessionId: ownSession?.id } }),
      await client.serverFn(REVOKE_OTHER_SESSIONS),
      await client.serverFn(orgFn.delete, { data: { confirmName: org.name } }),
    ];
    expect(attempts.map((attempt) => attempt.status)).toEqual([403, 403, 403]);
    for (const attempt of attempts) {
      expect(attempt.body).toMatchObject({ error: { code: 'NOT_WHILE_IMPERSONATING' } });
    }
    const ownerSession = (await (await owner.request('/api/auth/get-session')).json()) as {
      user?: { id: string };
    } | null;
    expect(ownerSession?.user?.id).toBe(target.id);
    const [stillThere] = await getDatabase().select().from(organization).where(eq(organization.id, org.id));
    expect(stillThere).toBeDefined();
    // Refusals change nothing, so there is nothing to audit (the audit records what was done).
    expect(await auditEntriesBy(admin.id)).toEqual([]);
  });
});
