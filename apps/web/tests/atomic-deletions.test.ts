// Issue 9, item 10: deleting a user never leaves an organization without an owner, even when the
// deletion fails half-way or races another owner leaving.
import { getDatabase } from '@kit/database';
import { auditLog, member, organization, user } from '@kit/database/schema';
import { createTestOrganization, createTestUser } from '@kit/database/testing';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';
import { orgFn, setActiveOrganization } from './support/organization-fixtures';

const DELETE_USER = 'features.admin.user-actions.functions.deleteUser';

async function ownersOf(organizationId: string) {
  return getDatabase()
    .select({ userId: member.userId })
    .from(member)
    .where(and(eq(member.organizationId, organizationId), eq(member.role, 'owner')));
}

describe('atomic deletions (production build)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app.stop());

  it('deletes a user and the organizations they alone own in one transaction', async () => {
    const admin = await createTestUser(getDatabase(), { role: 'admin' });
    const target = await createTestUser(getDatabase());
    const org = await createTestOrganization(getDatabase(), {
      members: [{ userId: target.id, role: 'owner' }],
    });
    const adminClient = await signedInClient(app.baseUrl, admin);
    // Fault injection: while this runs, the database refuses to delete any user.
    await getDatabase().execute(sql`
      create or replace function refuse_test_user_delete() returns trigger language plpgsql as $$
      begin raise exception 'user deletion refused for the test'; end $$`);
    await getDatabase().execute(sql`
      create trigger refuse_test_user_delete before delete on "user"
      for each row execute function refuse_test_user_delete()`);
    try {
      const result = await adminClient.serverFn(DELETE_USER, {
        data: { userId: target.id, deleteOwnedOrganizations: true },
      });
      expect(result.status).toBe(500);
    } finally {
      await getDatabase().execute(sql`drop trigger refuse_test_user_delete on "user"`);
    }
    const users = await getDatabase().select().from(user).where(eq(user.id, target.id));
    expect(users, 'the user').toHaveLength(1);
    const organizations = await getDatabase().select().from(organization).where(eq(organization.id, org.id));
    expect(organizations, 'the organization').toHaveLength(1);
    expect(await ownersOf(org.id)).toEqual([{ userId: target.id }]);
  });

  it('an owner leaving while the other owner deletes themselves leaves the organization an owner', async () => {
    for (let round = 0; round < 3; round++) {
      const [leaver, deleter] = [await createTestUser(getDatabase()), await createTestUser(getDatabase())];
      const org = await createTestOrganization(getDatabase(), {
        members: [
          { userId: leaver.id, role: 'owner' },
          { userId: deleter.id, role: 'owner' },
        ],
      });
      const leaverClient = new HttpClient(app.baseUrl);
      const deleterClient = new HttpClient(app.baseUrl);
      expect((await leaverClient.signIn(leaver)).status).toBe(200);
      expect((await deleterClient.signIn(deleter)).status).toBe(200);
      await setActiveOrganization(leaverClient, org.id);

      // The deletion checks the password (a slow hash) while the other owner leaves.
      const deletion = deleterClient.authPost('delete-user', { password: deleter.password });
      await new Promise((resolve) => setTimeout(resolve, 15 + round * 10));
      const leaving = await leaverClient.serverFn(orgFn.leave);
      const deleted = await deletion;

      const owners = await ownersOf(org.id);
      expect(
        owners.length,
        `round ${round}: leave ${leaving.status}, delete ${deleted.status}`,
      ).toBeGreaterThan(0);
      // One of them wins; the other is refused (the last owner can neither leave nor be deleted).
      const outcome = `leave ${leaving.status}, delete ${deleted.status}`;
      expect(['leave 200, delete 409', 'leave 403, delete 200']).toContain(outcome);
    }
  });

  it("still deletes through better-auth's /admin/remove-user, audited once", async () => {
    const admin = await createTestUser(getDatabase(), { role: 'admin' });
    const target = await createTestUser(getDatabase());
    const adminClient = await signedInClient(app.baseUrl, admin);
    const response = await adminClient.authPost('admin/remove-user', { userId: target.id });
    expect(response.status).toBe(200);
    expect(await getDatabase().select().from(user).where(eq(user.id, target.id))).toEqual([]);
    const entries = await getDatabase().select().from(auditLog).where(eq(auditLog.targetId, target.id));
    expect(entries).toEqual([expect.objectContaining({ action: 'user.delete', actorId: admin.id })]);
    const plain = new HttpClient(app.baseUrl);
    const someone = await createTestUser(getDatabase());
    expect((await plain.signIn(someone)).status).toBe(200);
    const refused = await plain.authPost('admin/remove-user', { userId: admin.id });
    expect(refused.status).toBe(403);
    expect(await getDatabase().select().from(user).where(eq(user.id, admin.id))).toHaveLength(1);
  });
});
