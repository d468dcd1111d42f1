// Issue 9, item 6: mutating server functions have a per-user limit, and invitation mail to one address is
// throttled, so a script cannot make the app send hundreds of emails.
import { getDatabase } from '@kit/database';
import { invitation } from '@kit/database/schema';
import { createTestUser } from '@kit/database/testing';
import { emailsInLog } from '@kit/mailers/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';
import { createOrganizationFixture, orgFn, setActiveOrganization } from './support/organization-fixtures';

const REVOKE_OTHERS = 'features.user.users.functions.revokeMyOtherSessions';

/** A person signed in twice: `client` makes the calls, `bystander` shows whether their sessions were revoked. */
async function personWithTwoSessions(app: AppServer) {
  const person = await createTestUser(getDatabase());
  const client = await signedInClient(app.baseUrl, person);
  const bystander = await signedInClient(app.baseUrl, person);
  const stillSignedIn = async () =>
    ((await (await bystander.request('/api/auth/get-session')).json()) as { user?: unknown } | null)?.user !==
    undefined;
  return { client, stillSignedIn };
}

/** Paths Start would run REVOKE_OTHERS at, though they are not its own. */
const notTheFunctionsOwnPath: Array<[string, string]> = [
  ['an extra segment', `/_serverFn/${REVOKE_OTHERS}/extra`],
  ['a trailing slash', `/_serverFn/${REVOKE_OTHERS}/`],
  ['a percent-encoded id', `/_serverFn/%66${REVOKE_OTHERS.slice(1)}`],
  ['a percent-encoded base', `/%5FserverFn/${REVOKE_OTHERS}`],
  ['an empty segment before the id', `/_serverFn//${REVOKE_OTHERS}`],
];

async function ownerOfFreshOrganization(app: AppServer) {
  const owner = await createTestUser(getDatabase());
  const org = await createOrganizationFixture([{ user: owner, role: 'owner' }]);
  const client = await signedInClient(app.baseUrl, owner);
  await setActiveOrganization(client, org.id);
  return { client, org };
}

async function invitationEmailsTo(app: AppServer, email: string) {
  await new Promise((resolve) => setTimeout(resolve, 300));
  return emailsInLog(app.output()).filter((mail) => mail.to === email);
}

async function invitedEmailOf(invitationId: string) {
  const [row] = await getDatabase().select().from(invitation).where(eq(invitation.id, invitationId));
  return row?.email ?? '';
}

describe('server-function limits (production build, rate limits on)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer({ AUTH_RATE_LIMIT: 'true', TRUST_PROXY: 'true' });
  });
  afterAll(() => app.stop());

  it('caps one mutating server function per user: call 31 in a minute answers 429 with Retry-After', async () => {
    const person = await createTestUser(getDatabase());
    const client = await signedInClient(app.baseUrl, person);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let call = 0; call < 40; call++) {
      const result = await client.serverFn(REVOKE_OTHERS);
      statuses.push(result.status);
      if (result.status === 429) retryAfter = result.response.headers.get('retry-after');
    }
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(200));
    expect(statuses.slice(30)).toEqual(Array(10).fill(429));
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // Another user is not affected.
    const other = new HttpClient(app.baseUrl);
    expect((await other.signIn(await createTestUser(getDatabase()))).status).toBe(200);
    expect((await other.serverFn(REVOKE_OTHERS)).status).toBe(200);
  });

  it('counts calls with a new extra path segment each like calls to the function: 45 run nothing past the limit', async () => {
    const { client, stillSignedIn } = await personWithTwoSessions(app);
    const statuses: number[] = [];
    for (let call = 0; call < 45; call++) {
      const path = `/_serverFn/${REVOKE_OTHERS}/call-${call}`;
      statuses.push((await client.serverFn(REVOKE_OTHERS, { path })).status);
    }
    // Refused outright (a path with extra segments names no function), so none of them ran.
    expect(statuses).toEqual(Array(45).fill(404));
    expect(await stillSignedIn()).toBe(true);
    // The function's own path still has its whole allowance.
    expect((await client.serverFn(REVOKE_OTHERS)).status).toBe(200);
    expect(await stillSignedIn()).toBe(false);
  });

  for (const [what, path] of notTheFunctionsOwnPath) {
    it(`refuses a server-function path with ${what} (404) and runs nothing`, async () => {
      const { client, stillSignedIn } = await personWithTwoSessions(app);
      const result = await client.serverFn(REVOKE_OTHERS, { path });
      expect(result.status).toBe(404);
      expect(await stillSignedIn()).toBe(true);
    });
  }

  it('resending one invitation 500 times sends at most three emails', async () => {
    const { client, org } = await ownerOfFreshOrganization(app);
    const statuses: number[] = [];
    for (let call = 0; call < 500; call++) {
      statuses.push(
        (await client.serverFn(orgFn.resend, { data: { invitationId: org.invitationId } })).status,
      );
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3).every((status) => status === 429)).toBe(true);
    expect(
      (await invitationEmailsTo(app, await invitedEmailOf(org.invitationId))).length,
    ).toBeLessThanOrEqual(3);
  }, 120_000);
});

describe('invitation mail throttle (production build, even with AUTH_RATE_LIMIT=false)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app.stop());

  it('sends one address at most three invitations an hour, from any organization', async () => {
    const target = `popular-${crypto.randomUUID().slice(0, 8)}@example.test`;
    const statuses: number[] = [];
    for (let inviter = 0; inviter < 5; inviter++) {
      const { client } = await ownerOfFreshOrganization(app);
      statuses.push(
        (await client.serverFn(orgFn.invite, { data: { email: target, role: 'member' } })).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(await invitationEmailsTo(app, target)).toHaveLength(3);
  });
});
