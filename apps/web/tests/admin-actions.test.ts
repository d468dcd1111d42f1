// What admins do to users, over HTTP: bans, impersonation, deletion, and the audit trail of each.
import { getDatabase } from '@kit/database';
import { auditLog, organization, session, user } from '@kit/database/schema';
import { createTestOrganization, createTestUser, type TestUser } from '@kit/database/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';

const actions = 'features.admin.user-actions.functions';

describe('admin actions (production build)', () => {
  let app: AppServer;
  let admin: TestUser;
  let adminClient: HttpClient;

  beforeAll(async () => {
    app = await startAppServer();
    admin = await createTestUser(getDatabase(), { role: 'admin' });
    adminClient = await signedInClient(app.baseUrl, admin);
  });
  afterAll(() => app.stop());

  async function auditFor(targetId: string) {
    return getDatabase().select().from(auditLog).where(eq(auditLog.targetId, targetId));
  }

  describe('bans', () => {
    it("refuses a banned user's open session on its next request, and their sign-in", async () => {
      const target = await createTestUser(getDatabase());
      const targetClient = new HttpClient(app.baseUrl);
      await targetClient.signIn(target);
      expect((await targetClient.request('/dashboard')).status).toBe(200);

      const ban = await adminClient.serverFn(`${actions}.banUser`, {
        data: { userId: target.id, reason: 'spam' },
      });
      expect(ban.status).toBe(200);

      const next = await targetClient.request('/dashboard');
      expect(next.status).toBe(307);
      expect(next.headers.get('location')).toContain('/auth/sign-in');
      expect((await new HttpClient(app.baseUrl).signIn(target)).status).toBe(403);

      const entries = await auditFor(target.id);
      expect(entries).toEqual([
        expect.objectContaining({
          action: 'user.ban',
          actorId: admin.id,
          targetType: 'user',
          metadata: { reason: 'spam', expiresIn: null },
          ipAddress: expect.stringMatching(/127\.0\.0\.1|::1/),
          userAgent: expect.any(String),
        }),
      ]);
    });

    it('lets the user sign in again once the ban has expired', async () => {
      const target = await createTestUser(getDatabase());
      const ban = await adminClient.serverFn(`${actions}.banUser`, {
        data: { userId: target.id, reason: 'cool down', expiresInDays: 1 },
      });
      expect(ban.status).toBe(200);
      expect((await new HttpClient(app.baseUrl).signIn(target)).status).toBe(403);
      // Time passes: the ban's expiry is now in the past.
      await getDatabase()
        .update(user)
        .set({ banExpires: new Date(Date.now() - 1000) })
        .where(eq(user.id, target.id));
      expect((await new HttpClient(app.baseUrl).signIn(target)).status).toBe(200);
    });

    it("audits a ban made through better-auth's endpoint exactly once", async () => {
      const target = await createTestUser(getDatabase());
      const response = await adminClient.authPost('admin/ban-user', {
        userId: target.id,
        banReason: 'direct',
      });
      expect(response.status).toBe(200);
      expect(await auditFor(target.id)).toHaveLength(1);
    });
  });

  describe('impersonation', () => {
    it('lasts at most an hour, shows who impersonates, audits start, actions and stop', async () => {
      const target = await createTestUser(getDatabase());
      const impersonator = new HttpClient(app.baseUrl);
      await impersonator.signIn(admin);
      const start = await impersonator.serverFn(`${actions}.impersonateUser`, {
        data: { userId: target.id },
      });
      expect(start.status).toBe(200);

      const [row] = await getDatabase()
        .select()
        .from(session)
        .where(and(eq(session.userId, target.id), eq(session.impersonatedBy, admin.id)));
      expect(row).toBeDefined();
      const lifetimeSeconds = ((row?.expiresAt.getTime() ?? 0) - (row?.createdAt.getTime() ?? 0)) / 1000;
      expect(lifetimeSeconds).toBeLessThanOrEqual(3600);

      const state = await impersonator.serverFn('lib.auth.identity.functions.fetchIdentity', {
        method: 'GET',
      });
      expect(state.body).toMatchObject({ result: { user: { id: target.id }, impersonatedBy: admin.id } });
      expect(await (await impersonator.request('/dashboard')).text()).toContain(
        'data-testid="impersonation-banner"',
      );

      const created = await impersonator.serverFn(
        'features.organization.organizations.functions.createOrganization',
        {
          data: { name: `Made While Impersonating ${crypto.randomUUID().slice(0, 4)}` },
        },
      );
      expect(created.status).toBe(200);

      const stop = await impersonator.serverFn(`${actions}.stopImpersonating`);
      expect(stop.status).toBe(200);
      const after = await impersonator.serverFn('lib.auth.identity.functions.fetchIdentity', {
        method: 'GET',
      });
      expect(after.body).toMatchObject({ result: { user: { id: admin.id }, impersonatedBy: null } });

      const entries = await getDatabase()
        .select()
        .from(auditLog)
        .where(eq(auditLog.impersonatorId, admin.id));
      expect(entries.map((entry) => entry.action).sort()).toEqual([
        'impersonated.createOrganization',
        'user.stop-impersonating',
      ]);
      expect(await auditFor(target.id)).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: 'user.impersonate', actorId: admin.id })]),
      );
    });

    it('refuses to impersonate another admin', async () => {
      const otherAdmin = await createTestUser(getDatabase(), { role: 'admin' });
      const result = await adminClient.serverFn(`${actions}.impersonateUser`, {
        data: { userId: otherAdmin.id },
      });
      expect(result.status).toBe(403);
      const direct = await adminClient.authPost('admin/impersonate-user', { userId: otherAdmin.id });
      expect(direct.status).toBe(403);
      const sessions = await getDatabase().select().from(session).where(eq(session.userId, otherAdmin.id));
      expect(sessions).toEqual([]);
    });
  });

  describe('deleting a user', () => {
    it('is refused, naming them, while the user is the only owner of organizations', async () => {
      const target = await createTestUser(getDatabase());
      const org = await createTestOrganization(getDatabase(), {
        name: 'Solo Owned',
        members: [{ userId: target.id, role: 'owner' }],
      });
      const refused = await adminClient.serverFn(`${actions}.deleteUser`, { data: { userId: target.id } });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ error: { message: expect.stringContaining('Solo Owned') } });
      const direct = await adminClient.authPost('admin/remove-user', { userId: target.id });
      expect(direct.status).toBe(409);
      expect(await getDatabase().select().from(user).where(eq(user.id, target.id))).toHaveLength(1);
      expect(await getDatabase().select().from(organization).where(eq(organization.id, org.id))).toHaveLength(
        1,
      );
    });

    it('deletes the user and, when asked, the organizations they alone owned', async () => {
      const target = await createTestUser(getDatabase());
      const org = await createTestOrganization(getDatabase(), {
        members: [{ userId: target.id, role: 'owner' }],
      });
      const deleted = await adminClient.serverFn(`${actions}.deleteUser`, {
        data: { userId: target.id, deleteOwnedOrganizations: true },
      });
      expect(deleted.status).toBe(200);
      expect(await getDatabase().select().from(user).where(eq(user.id, target.id))).toEqual([]);
      expect(await getDatabase().select().from(organization).where(eq(organization.id, org.id))).toEqual([]);
      const actionsTaken = (await getDatabase().select().from(auditLog)).filter(
        (entry) => entry.targetId === target.id || entry.targetId === org.id,
      );
      expect(actionsTaken.map((entry) => entry.action).sort()).toEqual([
        'organization.delete',
        'user.delete',
      ]);
    });
  });
});
