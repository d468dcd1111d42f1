import { getDatabase } from '@kit/database';
import { session } from '@kit/database/schema';
import { createTestUser, type TestUser } from '@kit/database/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient } from './support/http-client';

function sessionCookieOf(response: Response): string {
  const cookie = response.headers.getSetCookie().find((value) => value.includes('session_token='));
  if (!cookie) throw new Error('no session cookie was set');
  return cookie;
}

function tokenOf(setCookie: string): string {
  const value = decodeURIComponent(setCookie.split(';')[0]?.split('=')[1] ?? '');
  return value.split('.')[0] ?? '';
}

describe('session cookie (production build)', () => {
  let app: AppServer;
  let user: TestUser;

  beforeAll(async () => {
    app = await startAppServer();
    user = await createTestUser(getDatabase());
  });
  afterAll(() => app.stop());

  it('sets an HttpOnly, SameSite=Lax cookie whose value is a database session row', async () => {
    const client = new HttpClient(app.baseUrl);
    const response = await client.signIn(user);
    expect(response.status).toBe(200);
    const cookie = sessionCookieOf(response);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).not.toMatch(/;\s*Secure/i); // the app URL is http here
    const rows = await getDatabase()
      .select()
      .from(session)
      .where(eq(session.token, tokenOf(cookie)));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.userId).toBe(user.id);
  });

  it('records the socket address, not a forged X-Forwarded-For', async () => {
    const client = new HttpClient(app.baseUrl);
    const response = await client.request('/api/auth/sign-in/email', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: new URL(app.baseUrl).origin,
        'x-forwarded-for': '203.0.113.7',
        'x-kit-client-ip': '203.0.113.8',
      },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    const [row] = await getDatabase()
      .select({ ipAddress: session.ipAddress })
      .from(session)
      .where(eq(session.token, tokenOf(sessionCookieOf(response))));
    expect(row?.ipAddress).toMatch(/127\.0\.0\.1|::1/);
  });

  it('deletes the session row on sign-out, and the old cookie no longer works', async () => {
    const client = new HttpClient(app.baseUrl);
    const token = tokenOf(sessionCookieOf(await client.signIn(user)));
    const staleCookie = client.cookie;
    const signOut = await client.authPost('sign-out', {});
    expect(signOut.status).toBe(200);
    expect(await getDatabase().select().from(session).where(eq(session.token, token))).toHaveLength(0);
    const replay = await new HttpClient(app.baseUrl).request('/dashboard', {
      headers: { cookie: staleCookie },
    });
    expect(replay.status).toBe(307);
  });

  it('marks the cookie Secure when the app URL is https', async () => {
    const secureApp = await startAppServer({ BETTER_AUTH_URL: 'https://app.example.test' });
    try {
      const client = new HttpClient(secureApp.baseUrl, 'https://app.example.test');
      const response = await client.signIn(user);
      expect(response.status).toBe(200);
      expect(sessionCookieOf(response)).toMatch(/;\s*Secure/i);
    } finally {
      await secureApp.stop();
    }
  });

  it('reads no session from a cookie whose signature is forged or missing, on pages and server functions', async () => {
    const client = new HttpClient(app.baseUrl);
    const setCookie = sessionCookieOf(await client.signIn(user));
    const name = setCookie.split('=')[0] ?? '';
    const token = tokenOf(setCookie);
    const forgedSignature = encodeURIComponent(`${'A'.repeat(43)}=`);
    const asCaller = (cookie: string) => {
      const caller = new HttpClient(app.baseUrl);
      caller.cookie = cookie;
      return caller;
    };
    const signedInRead = 'features.user.users.functions.fetchMySessions';

    // The genuine cookie works, so the refusals below are the signature's doing.
    expect((await asCaller(client.cookie).request('/dashboard')).status).toBe(200);
    expect((await asCaller(client.cookie).serverFn(signedInRead, { method: 'GET' })).status).toBe(200);
    for (const cookie of [`${name}=${token}.${forgedSignature}`, `${name}=${token}`]) {
      expect((await asCaller(cookie).request('/dashboard')).status).toBe(307);
      expect((await asCaller(cookie).serverFn(signedInRead, { method: 'GET' })).status).toBe(401);
      const state = await asCaller(cookie).serverFn('lib.auth.identity.functions.fetchIdentity', {
        method: 'GET',
      });
      expect(state.body).toMatchObject({ result: { user: null } });
    }
  });
});
