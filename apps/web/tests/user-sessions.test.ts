// Session rules over HTTP: revocation from the sessions page, password change, the fresh-session rule
// for sensitive operations, and the absolute lifetime.
import { getDatabase } from '@kit/database';
import { organization, session, user } from '@kit/database/schema';
import { createTestOrganization, createTestUser, type TestUser } from '@kit/database/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient } from './support/http-client';
import { sessionTokenOf } from './support/organization-fixtures';

const fn = {
  sessions: 'features.user.users.functions.fetchMySessions',
  revoke: 'features.user.users.functions.revokeMySession',
  revokeOthers: 'features.user.users.functions.revokeMyOtherSessions',
};

describe('sessions (production build)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app.stop());

  async function signedIn(
    person: TestUser,
    userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36',
  ) {
    const client = new HttpClient(app.baseUrl);
    const response = await client.request('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: client.origin, 'user-agent': userAgent },
      body: JSON.stringify({ email: person.email, password: person.password }),
    });
    expect(response.status).toBe(200);
    return client;
  }

  async function sessionIdOf(client: HttpClient) {
    const [row] = await getDatabase()
      .select()
      .from(session)
      .where(eq(session.token, sessionTokenOf(client)));
    return row?.id ?? '';
  }

  it('lists every session with browser, system and IP, the current one marked', async () => {
    const person = await createTestUser(getDatabase());
    const laptop = await signedIn(person);
    await signedIn(
      person,
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1',
    );
    const result = await laptop.serverFn(fn.sessions, { method: 'GET' });
    expect(result.status).toBe(200);
    const sessions = (result.body as { result: Array<Record<string, unknown>> }).result;
    expect(sessions).toHaveLength(2);
    expect(sessions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          browser: 'Chrome 126',
          os: 'Linux',
          isCurrent: true,
          ipAddress: expect.stringMatching(/127\.0\.0\.1|::1/),
        }),
        expect.objectContaining({ browser: 'Mobile Safari 17', os: 'iOS 17.5', isCurrent: false }),
      ]),
    );
  });

  it('revoking a session refuses it on its next request; another user’s session cannot be revoked', async () => {
    const person = await createTestUser(getDatabase());
    const stranger = await createTestUser(getDatabase());
    const current = await signedIn(person);
    const other = await signedIn(person);
    const strangers = await signedIn(stranger);

    const foreign = await current.serverFn(fn.revoke, { data: { sessionId: await sessionIdOf(strangers) } });
    expect(foreign.status).toBe(404);
    expect((await strangers.serverFn(fn.sessions, { method: 'GET' })).status).toBe(200);

    expect(
      (await current.serverFn(fn.revoke, { data: { sessionId: await sessionIdOf(other) } })).status,
    ).toBe(200);
    expect((await other.serverFn(fn.sessions, { method: 'GET' })).status).toBe(401);
    expect((await other.request('/dashboard')).status).toBe(307);
    expect((await current.serverFn(fn.sessions, { method: 'GET' })).status).toBe(200);
  });

  it('"sign out all others" keeps only the current session', async () => {
    const person = await createTestUser(getDatabase());
    const current = await signedIn(person);
    const others = [await signedIn(person), await signedIn(person)];
    expect((await current.serverFn(fn.revokeOthers)).status).toBe(200);
    for (const client of others)
      expect((await client.serverFn(fn.sessions, { method: 'GET' })).status).toBe(401);
    expect((await current.serverFn(fn.sessions, { method: 'GET' })).status).toBe(200);
  });

  it('changing the password ends the other sessions and keeps this one', async () => {
    const person = await createTestUser(getDatabase());
    const current = await signedIn(person);
    const other = await signedIn(person);
    const change = await current.authPost('change-password', {
      currentPassword: person.password,
      newPassword: 'a-brand-new-password',
      revokeOtherSessions: true,
    });
    expect(change.status).toBe(200);
    expect((await other.serverFn(fn.sessions, { method: 'GET' })).status).toBe(401);
    expect((await current.serverFn(fn.sessions, { method: 'GET' })).status).toBe(200);
  });

  it('refuses the sensitive operations to a session older than ten minutes, changing nothing', async () => {
    const person = await createTestUser(getDatabase());
    const stale = await signedIn(person);
    await getDatabase()
      .update(session)
      .set({ createdAt: new Date(Date.now() - 11 * 60_000) })
      .where(eq(session.token, sessionTokenOf(stale)));
    const attempts = [
      stale.authPost('change-password', {
        currentPassword: person.password,
        newPassword: 'another-password-1',
      }),
      stale.authPost('change-email', { newEmail: 'elsewhere@example.test' }),
      stale.authPost('two-factor/enable', { password: person.password }),
      stale.authPost('delete-user', { password: person.password }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'SESSION_NOT_FRESH' });
    }
    expect((await new HttpClient(app.baseUrl).signIn(person)).status).toBe(200);
  });

  it('deletes the user with the password, unless the user alone owns organizations', async () => {
    const person = await createTestUser(getDatabase());
    const org = await createTestOrganization(getDatabase(), {
      name: 'Only Mine',
      members: [{ userId: person.id, role: 'owner' }],
    });
    const client = await signedIn(person);
    const refused = await client.authPost('delete-user', { password: person.password });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ message: expect.stringContaining('Only Mine') });
    expect(await getDatabase().select().from(user).where(eq(user.id, person.id))).toHaveLength(1);

    await getDatabase().delete(organization).where(eq(organization.id, org.id));
    const wrongPassword = await client.authPost('delete-user', { password: 'not-my-password' });
    expect(wrongPassword.status).toBe(400);
    const deleted = await client.authPost('delete-user', { password: person.password });
    expect(deleted.status).toBe(200);
    expect(await getDatabase().select().from(user).where(eq(user.id, person.id))).toEqual([]);
  });

  it('ends a session at its absolute lifetime of 30 days, however active', async () => {
    const person = await createTestUser(getDatabase());
    const old = await signedIn(person);
    // Active all along (its sliding expiry is days away), but signed in 31 days ago.
    await getDatabase()
      .update(session)
      .set({
        createdAt: new Date(Date.now() - 31 * 86_400_000),
        updatedAt: new Date(),
        expiresAt: new Date(Date.now() + 6 * 86_400_000),
      })
      .where(eq(session.token, sessionTokenOf(old)));
    const getSession = await old.request('/api/auth/get-session', { headers: { origin: old.origin } });
    expect(await getSession.json()).toBeNull();
    expect(await getDatabase().select().from(session).where(eq(session.userId, person.id))).toEqual([]);

    const other = await signedIn(person);
    await getDatabase()
      .update(session)
      .set({ createdAt: new Date(Date.now() - 31 * 86_400_000) })
      .where(eq(session.token, sessionTokenOf(other)));
    expect((await other.serverFn(fn.sessions, { method: 'GET' })).status).toBe(401);
    expect((await other.request('/dashboard')).status).toBe(307);
  });
});
