// Issue 9, item 4: who may accept an invitation, who sees invitation ids, and that accepting is one
// transaction.
import { getDatabase } from '@kit/database';
import { invitation, member, user } from '@kit/database/schema';
import { createTestUser } from '@kit/database/testing';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient } from './support/http-client';
import { createOrganizationFixture, orgFn, setActiveOrganization } from './support/organization-fixtures';

async function invitationStatus(id: string) {
  const [row] = await getDatabase().select().from(invitation).where(eq(invitation.id, id));
  return row?.status;
}

async function membershipsOf(userId: string, organizationId: string) {
  return getDatabase()
    .select()
    .from(member)
    .where(and(eq(member.userId, userId), eq(member.organizationId, organizationId)));
}

describe('invitations (production build, email verification off)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer({ REQUIRE_EMAIL_VERIFICATION: 'false' });
  });
  afterAll(() => app.stop());

  it('refuses acceptance to an unverified sign-up with the invited address', async () => {
    const owner = await createTestUser(getDatabase());
    const invitedEmail = `new-owner-${crypto.randomUUID().slice(0, 8)}@example.test`;
    const org = await createOrganizationFixture([{ user: owner, role: 'owner' }], invitedEmail);
    await getDatabase().update(invitation).set({ role: 'owner' }).where(eq(invitation.id, org.invitationId));

    const squatter = new HttpClient(app.baseUrl);
    const signUp = await squatter.authPost('sign-up/email', {
      name: 'Not The Invitee',
      email: invitedEmail,
      password: 'squatter-password-1',
    });
    expect(signUp.status).toBe(200);
    const accept = await squatter.serverFn(orgFn.accept, { data: { invitationId: org.invitationId } });
    expect(accept.status).toBe(403);
    expect(accept.body).toMatchObject({ error: { code: 'EMAIL_NOT_VERIFIED' } });
    expect(await invitationStatus(org.invitationId)).toBe('pending');
    const [invited] = await getDatabase().select().from(user).where(eq(user.email, invitedEmail));
    expect(invited?.emailVerified).toBe(false);
    expect(await membershipsOf(invited?.id ?? '', org.id)).toEqual([]);
  });

  it('does not show invitation ids to plain members; admins see them', async () => {
    const [owner, plain] = [await createTestUser(getDatabase()), await createTestUser(getDatabase())];
    const org = await createOrganizationFixture([
      { user: owner, role: 'owner' },
      { user: plain, role: 'member' },
    ]);
    const ownerClient = new HttpClient(app.baseUrl);
    const plainClient = new HttpClient(app.baseUrl);
    await ownerClient.signIn(owner);
    await plainClient.signIn(plain);
    await setActiveOrganization(ownerClient, org.id);
    await setActiveOrganization(plainClient, org.id);

    const seenByMember = await plainClient.serverFn(orgFn.invitations, { method: 'GET' });
    expect(seenByMember.status).toBe(200);
    const memberRows = (seenByMember.body as { result: Array<{ id: string; email: string }> }).result;
    expect(memberRows).toHaveLength(1);
    expect(JSON.stringify(seenByMember.body)).not.toContain(org.invitationId);

    const seenByOwner = await ownerClient.serverFn(orgFn.invitations, { method: 'GET' });
    expect(seenByOwner.body).toMatchObject({ result: [{ id: org.invitationId }] });
  });

  it('leaves the invitation pending when the membership cannot be created', async () => {
    const owner = await createTestUser(getDatabase());
    const invitee = await createTestUser(getDatabase());
    const org = await createOrganizationFixture([{ user: owner, role: 'owner' }], invitee.email);
    // Fault injection: while this test runs, the database refuses every new membership.
    await getDatabase().execute(sql`
      create or replace function refuse_test_membership() returns trigger language plpgsql as $$
      begin raise exception 'membership refused for the test'; end $$`);
    await getDatabase().execute(sql`
      create trigger refuse_test_membership before insert on member
      for each row execute function refuse_test_membership()`);
    try {
      const client = new HttpClient(app.baseUrl);
      await client.signIn(invitee);
      const accept = await client.serverFn(orgFn.accept, { data: { invitationId: org.invitationId } });
      expect(accept.status).toBe(500);
      expect(await invitationStatus(org.invitationId)).toBe('pending');
      expect(await membershipsOf(invitee.id, org.id)).toEqual([]);
    } finally {
      await getDatabase().execute(sql`drop trigger refuse_test_membership on member`);
    }
  });
});
