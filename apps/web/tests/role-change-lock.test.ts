// Issue "Hardening 3", item 9: a role change and an ownership transfer re-read the actor's own role under
// lock, in the transaction that writes. The race is made deterministic: the test holds the actor's member
// row locked, lets the request pass its authorization read and wait on that lock, demotes the actor, and
// only then lets the request go on.
import { getDatabase } from '@kit/database';
import { member } from '@kit/database/schema';
import { createTestUser, type TestUser } from '@kit/database/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { type HttpClient, signedInClient } from './support/http-client';
import {
  createOrganizationFixture,
  orgFn,
  setActiveOrganization,
  snapshotOrganization,
} from './support/organization-fixtures';

/** Resolves once some other connection waits for a row lock (the request reached its locked read). */
async function untilARequestWaitsOnALock() {
  for (let attempt = 0; attempt < 200; attempt++) {
    const [waiting] = await getDatabase()
      .select({ count: sql<number>`count(*)::int` })
      .from(sql`pg_stat_activity`)
      .where(sql`datname = current_database() and wait_event_type = 'Lock' and query ilike '%for update%'`);
    if ((waiting?.count ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the request never waited on the locked member row');
}

/**
 * Sends `call` while the actor's member row is locked, demotes the actor to `member` once the request
 * waits on that lock, and returns the request's answer.
 */
async function callWhileActorIsDemoted(
  actorMemberId: string,
  call: () => Promise<{ status: number; body: unknown }>,
) {
  let answer: Promise<{ status: number; body: unknown }> | undefined;
  await getDatabase().transaction(async (tx) => {
    await tx.select().from(member).where(eq(member.id, actorMemberId)).for('update');
    answer = call();
    await untilARequestWaitsOnALock();
    await tx.update(member).set({ role: 'member' }).where(eq(member.id, actorMemberId));
  });
  if (!answer) throw new Error('no request was sent');
  return answer;
}

describe('role changes re-read the actor under lock (production build)', () => {
  let app: AppServer;
  let owner: TestUser;
  let coOwner: TestUser;
  let plain: TestUser;
  let ownerClient: HttpClient;

  beforeAll(async () => {
    app = await startAppServer();
    const db = getDatabase();
    [owner, coOwner, plain] = await Promise.all([createTestUser(db), createTestUser(db), createTestUser(db)]);
    ownerClient = await signedInClient(app.baseUrl, owner);
  });
  afterAll(() => app.stop());

  async function organizationOfTwoOwners() {
    const org = await createOrganizationFixture([
      { user: owner, role: 'owner' },
      { user: coOwner, role: 'owner' },
      { user: plain, role: 'member' },
    ]);
    await setActiveOrganization(ownerClient, org.id);
    return org;
  }

  it('an owner demoted while the request waits cannot finish a role change', async () => {
    const org = await organizationOfTwoOwners();
    const actorMemberId = org.memberIds[owner.id] ?? '';
    const change = await callWhileActorIsDemoted(actorMemberId, () =>
      ownerClient.serverFn(orgFn.changeRole, { data: { memberId: org.memberIds[plain.id], role: 'admin' } }),
    );
    expect(change.status).toBe(403);
    const after = await snapshotOrganization(org.id);
    expect(after.members.find((row) => row.userId === plain.id)?.role).toBe('member');
    expect(after.members.find((row) => row.userId === owner.id)?.role).toBe('member');
  });

  it('an owner demoted while the request waits cannot transfer ownership', async () => {
    const org = await organizationOfTwoOwners();
    const actorMemberId = org.memberIds[owner.id] ?? '';
    const transfer = await callWhileActorIsDemoted(actorMemberId, () =>
      ownerClient.serverFn(orgFn.transfer, { data: { memberId: org.memberIds[plain.id] } }),
    );
    expect(transfer.status).toBe(403);
    const after = await snapshotOrganization(org.id);
    expect(after.members.find((row) => row.userId === plain.id)?.role).toBe('member');
    expect(after.members.find((row) => row.userId === owner.id)?.role).toBe('member');
  });

  it('an owner who is still owner changes roles as before', async () => {
    const org = await organizationOfTwoOwners();
    const change = await ownerClient.serverFn(orgFn.changeRole, {
      data: { memberId: org.memberIds[plain.id], role: 'admin' },
    });
    expect(change.status).toBe(200);
    const after = await snapshotOrganization(org.id);
    expect(after.members.find((row) => row.userId === plain.id)?.role).toBe('admin');
  });
});
