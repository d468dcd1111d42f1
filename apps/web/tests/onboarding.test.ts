// Onboarding over HTTP against the production build: `user.onboarded_at` is the server's to set (never a
// sign-up or update-user body's), the signed-in pages send a user without it to /onboarding, and the
// finish action is the user's own (not an impersonating admin's).
import { getDatabase } from '@kit/database';
import { auditLog, user } from '@kit/database/schema';
import { createTestUser, type TestUser } from '@kit/database/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';
import { createOrganizationFixture, orgFn } from './support/organization-fixtures';

const FINISH = 'features.onboarding.onboarding.functions.finishMyOnboarding';
const IMPERSONATE = 'features.admin.user-actions.functions.impersonateUser';

let app: AppServer;

beforeAll(async () => {
  app = await startAppServer();
});
afterAll(() => app?.stop());

async function onboardedAtOf(email: string) {
  const [row] = await getDatabase()
    .select({ onboardedAt: user.onboardedAt })
    .from(user)
    .where(eq(user.email, email.toLowerCase()));
  return row?.onboardedAt;
}

/** Who the organization's log says accepted: the user, and the admin impersonating them if one did. */
async function acceptedBy(organizationId: string) {
  return getDatabase()
    .select({ actorId: auditLog.actorId, impersonatorId: auditLog.impersonatorId })
    .from(auditLog)
    .where(and(eq(auditLog.organizationId, organizationId), eq(auditLog.action, 'invitation.accept')));
}

const newcomer = (): Promise<TestUser> => createTestUser(getDatabase(), { onboarded: false });

describe('the onboarded flag', () => {
  it('cannot be set in a sign-up body', async () => {
    const signUp = (email: string, extra: Record<string, unknown>) =>
      new HttpClient(app.baseUrl).authPost('sign-up/email', {
        email,
        password: 'password-1234',
        name: 'Nia Newcomer',
        ...extra,
      });
    // The field by its name: refused (better-auth's `input: false`), and no user is created.
    const refusedEmail = `signup-${crypto.randomUUID()}@example.test`;
    const refused = await signUp(refusedEmail, { onboardedAt: '2020-01-01T00:00:00.000Z' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: 'FIELD_NOT_ALLOWED' });
    expect(await onboardedAtOf(refusedEmail)).toBeUndefined();
    // By its column's name: dropped; the new user still has onboarding ahead of them.
    const droppedEmail = `signup-${crypto.randomUUID()}@example.test`;
    expect((await signUp(droppedEmail, { onboarded_at: '2020-01-01T00:00:00.000Z' })).status).toBe(200);
    expect(await onboardedAtOf(droppedEmail)).toBeNull();
  });

  it('cannot be set through update-user', async () => {
    const person = await newcomer();
    const client = await signedInClient(app.baseUrl, person);
    for (const field of ['onboardedAt', 'onboarded_at']) {
      const response = await client.authPost('update-user', { [field]: '2020-01-01T00:00:00.000Z' });
      // Refused by name (FIELD_NOT_ALLOWED), and the column's name is no field at all ("No fields to update").
      expect(response.status, field).toBe(400);
      expect(await onboardedAtOf(person.email), field).toBeNull();
    }
    // The page guard still sends them to onboarding.
    const dashboard = await client.request('/dashboard');
    expect(dashboard.status).toBe(307);
    expect(dashboard.headers.get('location')).toBe('/onboarding');
  });
});

describe('finishing onboarding', () => {
  it('sends a new user to onboarding until they finish it; afterwards onboarding sends them to the dashboard', async () => {
    const person = await newcomer();
    const client = await signedInClient(app.baseUrl, person);
    const before = await client.request('/projects');
    expect(before.headers.get('location')).toBe('/onboarding');
    // A name of their own: the flow resumes at the organization step.
    const resume = await client.request('/onboarding');
    expect(resume.headers.get('location')).toBe('/onboarding/organization');
    expect((await client.request('/onboarding/organization')).status).toBe(200);

    expect((await client.serverFn(FINISH, { data: { step: 'elsewhere' } })).status).toBe(400);
    expect(await onboardedAtOf(person.email)).toBeNull();

    expect((await client.serverFn(FINISH, { data: { step: 'organization' } })).status).toBe(200);
    expect(await onboardedAtOf(person.email)).toBeInstanceOf(Date);
    expect((await client.request('/dashboard')).status).toBe(200);
    const after = await client.request('/onboarding/name');
    expect(after.headers.get('location')).toBe('/dashboard');
  });

  it('refuses the anonymous (401) and an admin impersonating the user (403), changing nothing', async () => {
    const person = await newcomer();
    const anonymous = await new HttpClient(app.baseUrl).serverFn(FINISH, { data: { step: 'invite' } });
    expect(anonymous.status).toBe(401);

    const admin = await createTestUser(getDatabase(), { role: 'admin' });
    const adminClient = await signedInClient(app.baseUrl, admin);
    expect((await adminClient.serverFn(IMPERSONATE, { data: { userId: person.id } })).status).toBe(200);
    // The admin looks at the user's pages as they are, without being sent into the user's onboarding.
    expect((await adminClient.request('/dashboard')).status).toBe(200);
    const refused = await adminClient.serverFn(FINISH, { data: { step: 'invite' } });
    expect(refused.status).toBe(403);
    expect(await onboardedAtOf(person.email)).toBeNull();
  });

  it('asks a user whose name is only their email address for a name first', async () => {
    const local = `nameless-${crypto.randomUUID().slice(0, 8)}`;
    const person = await createTestUser(getDatabase(), {
      email: `${local}@example.test`,
      name: local,
      onboarded: false,
    });
    const client = await signedInClient(app.baseUrl, person);
    expect((await client.request('/onboarding')).headers.get('location')).toBe('/onboarding/name');
    // The invitations need an organization: without one, the step before.
    expect((await client.request('/onboarding/invite')).headers.get('location')).toBe(
      '/onboarding/organization',
    );
  });
});

describe('joining through an invitation', () => {
  it('counts as onboarding for the invited user, not when an admin impersonating them accepts (the log names the admin)', async () => {
    const owner = await createTestUser(getDatabase());
    const invited = await newcomer();
    const fixture = await createOrganizationFixture([{ user: owner, role: 'owner' }], invited.email);
    const admin = await createTestUser(getDatabase(), { role: 'admin' });
    const adminClient = await signedInClient(app.baseUrl, admin);
    expect((await adminClient.serverFn(IMPERSONATE, { data: { userId: invited.id } })).status).toBe(200);
    const asAdmin = await adminClient.serverFn(orgFn.accept, {
      data: { invitationId: fixture.invitationId },
    });
    expect(asAdmin.status).toBe(200);
    expect(await onboardedAtOf(invited.email)).toBeNull();
    expect(await acceptedBy(fixture.id)).toEqual([{ actorId: invited.id, impersonatorId: admin.id }]);

    const second = await createOrganizationFixture([{ user: owner, role: 'owner' }], invited.email);
    const client = await signedInClient(app.baseUrl, invited);
    // The invitation link opens before onboarding is done.
    expect((await client.request(`/invitations/${second.invitationId}`)).status).toBe(200);
    const accepted = await client.serverFn(orgFn.accept, { data: { invitationId: second.invitationId } });
    expect(accepted.status).toBe(200);
    expect(await onboardedAtOf(invited.email)).toBeInstanceOf(Date);
    expect(await acceptedBy(second.id)).toEqual([{ actorId: invited.id, impersonatorId: null }]);
    expect((await client.request('/dashboard')).status).toBe(200);
  });
});
