import { getAuth } from '@kit/better-auth/server';
import { getDatabase } from '@kit/database';
import { session } from '@kit/database/schema';
import { createTestOrganization, createTestUser, signInAs, type TestUser } from '@kit/database/testing';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { authorizeAdmin, authorizeOrganization, authorizeUser } from './authorize';

const BASE_URL = 'http://localhost:3000';
const fetcher = (request: Request) => getAuth().handler(request);

async function signedIn(user: TestUser, activeOrganizationId: string | null = null) {
  const cookie = await signInAs(fetcher, BASE_URL, user);
  const token =
    decodeURIComponent(cookie.split('kit.session_token=')[1]?.split(';')[0] ?? '').split('.')[0] ?? '';
  await getDatabase().update(session).set({ activeOrganizationId }).where(eq(session.token, token));
  // A new Request per call: the context module memoizes per request.
  return () => new Request(`${BASE_URL}/_serverFn/x`, { method: 'POST', headers: { cookie } });
}

const anonymous = () => new Request(`${BASE_URL}/_serverFn/x`, { method: 'POST' });

describe('authorization behind authAction, organizationAction and adminAction', () => {
  let owner: TestUser;
  let memberUser: TestUser;
  let outsider: TestUser;
  let admin: TestUser;
  let orgA: { id: string };
  let orgB: { id: string };

  beforeAll(async () => {
    const db = getDatabase();
    [owner, memberUser, outsider, admin] = await Promise.all([
      createTestUser(db),
      createTestUser(db),
      createTestUser(db),
      createTestUser(db, { role: 'admin' }),
    ]);
    orgA = await createTestOrganization(db, {
      members: [
        { userId: owner.id, role: 'owner' },
        { userId: memberUser.id, role: 'member' },
      ],
    });
    orgB = await createTestOrganization(db, { members: [{ userId: outsider.id, role: 'owner' }] });
  });

  describe('authAction', () => {
    it('refuses an anonymous caller with 401', async () => {
      await expect(authorizeUser(anonymous())).rejects.toMatchObject({ status: 401 });
    });

    it('gives the session user as context', async () => {
      const request = await signedIn(memberUser);
      await expect(authorizeUser(request())).resolves.toMatchObject({ user: { id: memberUser.id } });
    });
  });

  describe('organizationAction', () => {
    it('refuses an anonymous caller with 401', async () => {
      await expect(authorizeOrganization(anonymous())).rejects.toMatchObject({ status: 401 });
    });

    it('refuses the personal account with 403', async () => {
      const request = await signedIn(owner, null);
      await expect(authorizeOrganization(request())).rejects.toMatchObject({ status: 403 });
    });

    it('refuses a session whose active organization the user is not a member of with 403', async () => {
      const request = await signedIn(memberUser, orgB.id);
      await expect(authorizeOrganization(request())).rejects.toMatchObject({ status: 403 });
    });

    it('refuses a role without the permission with 403', async () => {
      const request = await signedIn(memberUser, orgA.id);
      await expect(authorizeOrganization(request(), { organization: ['update'] })).rejects.toMatchObject({
        status: 403,
      });
      await expect(authorizeOrganization(request(), { member: ['read'] })).resolves.toMatchObject({
        activeOrganizationId: orgA.id,
        role: 'member',
      });
    });

    it('allows the owner and takes the organization from the session', async () => {
      const request = await signedIn(owner, orgA.id);
      await expect(
        authorizeOrganization(request(), { organization: ['update', 'delete'] }),
      ).resolves.toMatchObject({ user: { id: owner.id }, activeOrganizationId: orgA.id, role: 'owner' });
    });
  });

  describe('adminAction', () => {
    it('refuses an anonymous caller with 401', async () => {
      await expect(authorizeAdmin(anonymous())).rejects.toMatchObject({ status: 401 });
    });

    it('refuses a non-admin, even an organization owner, with 403', async () => {
      const request = await signedIn(owner, orgA.id);
      await expect(authorizeAdmin(request())).rejects.toMatchObject({ status: 403 });
    });

    it('allows an admin, with and without a permission', async () => {
      const request = await signedIn(admin);
      await expect(authorizeAdmin(request())).resolves.toMatchObject({ user: { id: admin.id } });
      await expect(authorizeAdmin(request(), { user: ['ban'] })).resolves.toBeDefined();
    });
  });
});
