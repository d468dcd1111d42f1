// Issue 9, item 3: the admin endpoints' hooks see the same target as the endpoint. better-auth coerces
// `{"userId":["<id>"]}` to "<id>"; the hooks must not read it as "no target".
import { getDatabase } from '@kit/database';
import { auditLog, member, organization, user } from '@kit/database/schema';
import { createTestOrganization, createTestUser, type TestUser } from '@kit/database/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { type HttpClient, signedInClient } from './support/http-client';

describe('admin endpoint inputs (production build)', () => {
  let app: AppServer;
  let admin: TestUser;
  let adminClient: HttpClient;

  beforeAll(async () => {
    app = await startAppServer();
    admin = await createTestUser(getDatabase(), { role: 'admin' });
    adminClient = await signedInClient(app.baseUrl, admin);
  });
  afterAll(() => app.stop());

  it('refuses remove-user with the id in an array: the sole owner and the organization stay', async () => {
    const owner = await createTestUser(getDatabase());
    const org = await createTestOrganization(getDatabase(), {
      members: [{ userId: owner.id, role: 'owner' }],
    });
    const response = await adminClient.authPost('admin/remove-user', { userId: [owner.id] });
    expect(response.status).toBe(400);
    expect(await getDatabase().select().from(user).where(eq(user.id, owner.id))).toHaveLength(1);
    const owners = await getDatabase().select().from(member).where(eq(member.organizationId, org.id));
    expect(owners).toEqual([expect.objectContaining({ userId: owner.id, role: 'owner' })]);
    expect(await getDatabase().select().from(organization).where(eq(organization.id, org.id))).toHaveLength(
      1,
    );
  });

  it('refuses ban-user with the id in an array: no ban and no audit row without a target', async () => {
    const target = await createTestUser(getDatabase());
    const before = await getDatabase().select().from(auditLog);
    const response = await adminClient.authPost('admin/ban-user', { userId: [target.id], banReason: 'x' });
    expect(response.status).toBe(400);
    const [row] = await getDatabase().select().from(user).where(eq(user.id, target.id));
    expect(row?.banned).toBeFalsy();
    expect(await getDatabase().select().from(auditLog)).toEqual(before);
  });

  it('still accepts a plain string id and audits it', async () => {
    const target = await createTestUser(getDatabase());
    const response = await adminClient.authPost('admin/ban-user', { userId: target.id, banReason: 'x' });
    expect(response.status).toBe(200);
    const entries = await getDatabase().select().from(auditLog).where(eq(auditLog.targetId, target.id));
    expect(entries).toEqual([expect.objectContaining({ action: 'user.ban', actorId: admin.id })]);
  });
});
