import { getDatabase } from '@kit/database';
import { session as sessionTable, user as userTable } from '@kit/database/schema';
import { createTestUser, signInAs } from '@kit/database/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { answerGetSession, GET_SESSION_PATH, isPlainGetSession } from './get-session-answer';
import { getAuth } from './server';

const BASE_URL = 'http://localhost:3000';
const DAY_MS = 86_400_000;

const handler = (request: Request) => getAuth().handler(request);
const getSessionRequest = (cookie?: string, query = '') =>
  new Request(`${BASE_URL}${GET_SESSION_PATH}${query}`, { headers: cookie ? { cookie } : {} });

function tokenOf(cookie: string): string {
  const value = cookie.split('; ').find((pair) => pair.startsWith('kit.session_token='));
  return decodeURIComponent(value?.split('=')[1] ?? '').split('.')[0] ?? '';
}

async function signedInCookie(options: { rememberMe?: boolean } = {}) {
  const user = await createTestUser(getDatabase());
  if (options.rememberMe === false) {
    const response = await handler(
      new Request(`${BASE_URL}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: BASE_URL },
        body: JSON.stringify({ email: user.email, password: user.password, rememberMe: false }),
      }),
    );
    const cookie = response.headers
      .getSetCookie()
      .map((value) => value.split(';')[0])
      .join('; ');
    expect(cookie).toContain('kit.dont_remember=');
    return { user, cookie };
  }
  return { user, cookie: await signInAs(handler, BASE_URL, user) };
}

async function setSession(cookie: string, values: Partial<typeof sessionTable.$inferInsert>) {
  await getDatabase()
    .update(sessionTable)
    .set(values)
    .where(eq(sessionTable.token, tokenOf(cookie)));
}

async function rowOf(cookie: string) {
  const [row] = await getDatabase()
    .select()
    .from(sessionTable)
    .where(eq(sessionTable.token, tokenOf(cookie)));
  return row;
}

/** The fast answer (which must exist), then better-auth's own answer to the same request. */
async function expectSameAnswer(cookie?: string) {
  const fast = await answerGetSession(getSessionRequest(cookie));
  expect(fast, 'answered without better-auth').not.toBeNull();
  const own = await handler(getSessionRequest(cookie));
  expect(own.status).toBe(200);
  expect(fast?.body).toBe(await own.text());
  expect(fast?.headers).toEqual({
    'content-type': own.headers.get('content-type'),
    'cache-control': own.headers.get('cache-control'),
    pragma: own.headers.get('pragma'),
  });
  expect(own.headers.getSetCookie()).toEqual([]);
  const parsed = JSON.parse(fast?.body ?? '') as {
    session: Record<string, unknown>;
    user: Record<string, unknown>;
  } | null;
  // The session handed to the request log is the one answered.
  expect(fast?.session?.user.id ?? null).toBe(parsed?.user.id ?? null);
  return parsed;
}

describe('answerGetSession', () => {
  it('takes only a plain GET of the get-session path', () => {
    const url = (path: string) => new URL(`${BASE_URL}${path}`);
    const get = (path: string) => new Request(url(path));
    expect(isPlainGetSession(get(GET_SESSION_PATH), url(GET_SESSION_PATH))).toBe(true);
    for (const path of [
      `${GET_SESSION_PATH}?disableRefresh=true`,
      `${GET_SESSION_PATH}?disableCookieCache=true`,
      `${GET_SESSION_PATH}/`,
      '/api/auth/get-session-x',
    ]) {
      expect(isPlainGetSession(get(path), url(path)), path).toBe(false);
    }
    const post = new Request(url(GET_SESSION_PATH), { method: 'POST' });
    expect(isPlainGetSession(post, url(GET_SESSION_PATH))).toBe(false);
  });

  it('answers a current session byte for byte as better-auth does', async () => {
    const { user, cookie } = await signedInCookie();
    const body = await expectSameAnswer(cookie);
    expect(body?.user.id).toBe(user.id);
    expect(body?.session.token).toBe(tokenOf(cookie));
  });

  it('answers signed out as better-auth does, without cookies or without the session cookie', async () => {
    expect(await expectSameAnswer()).toBeNull();
    expect(await expectSameAnswer('theme=dark; other=1')).toBeNull();
  });

  it('answers a "don\'t remember me" session as better-auth does, even with a refresh due (it does not slide)', async () => {
    const { cookie } = await signedInCookie({ rememberMe: false });
    const dueExpiry = new Date(Date.now() + 6 * DAY_MS - 60_000);
    await setSession(cookie, { expiresAt: dueExpiry });
    await expectSameAnswer(cookie);
    expect((await rowOf(cookie))?.expiresAt.getTime()).toBe(dueExpiry.getTime());
  });

  it('answers an impersonation session (with its "don\'t remember me" cookie) as better-auth does', async () => {
    const admin = await createTestUser(getDatabase(), { role: 'admin' });
    const { cookie } = await signedInCookie({ rememberMe: false });
    const createdAt = new Date();
    await setSession(cookie, {
      impersonatedBy: admin.id,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 3_600_000),
    });
    const body = await expectSameAnswer(cookie);
    expect(body?.session.impersonatedBy).toBe(admin.id);
  });

  describe('leaves to better-auth every request it answers otherwise', () => {
    async function expectLeft(cookie: string) {
      expect(await answerGetSession(getSessionRequest(cookie))).toBeNull();
    }

    it('a sliding refresh due (better-auth writes the row and re-sets the cookie)', async () => {
      const { cookie } = await signedInCookie();
      await setSession(cookie, { expiresAt: new Date(Date.now() + 6 * DAY_MS - 60_000) });
      await expectLeft(cookie);
      const own = await handler(getSessionRequest(cookie));
      expect(own.headers.getSetCookie().some((value) => value.startsWith('kit.session_token='))).toBe(true);
    });

    it('an impersonation without its "don\'t remember me" cookie (better-auth slides it, a hook moves it back)', async () => {
      const admin = await createTestUser(getDatabase(), { role: 'admin' });
      const { cookie } = await signedInCookie();
      const createdAt = new Date();
      await setSession(cookie, {
        impersonatedBy: admin.id,
        createdAt,
        expiresAt: new Date(createdAt.getTime() + 3_600_000),
      });
      await expectLeft(cookie);
    });

    it('an impersonation whose expiry is past its hour, or whose admin is demoted', async () => {
      const admin = await createTestUser(getDatabase(), { role: 'admin' });
      const { cookie } = await signedInCookie({ rememberMe: false });
      const createdAt = new Date();
      await setSession(cookie, {
        impersonatedBy: admin.id,
        createdAt,
        expiresAt: new Date(Date.now() + DAY_MS),
      });
      await expectLeft(cookie);
      await setSession(cookie, { expiresAt: new Date(createdAt.getTime() + 3_600_000) });
      expect(await answerGetSession(getSessionRequest(cookie))).not.toBeNull();
      await getDatabase().update(userTable).set({ role: 'user' }).where(eq(userTable.id, admin.id));
      await expectLeft(cookie);
    });

    it('a session past its absolute lifetime, expired, or deleted', async () => {
      const { cookie } = await signedInCookie();
      await setSession(cookie, { createdAt: new Date(Date.now() - 31 * DAY_MS) });
      await expectLeft(cookie);
      await setSession(cookie, { createdAt: new Date(), expiresAt: new Date(Date.now() - 1000) });
      await expectLeft(cookie);
      await getDatabase()
        .delete(sessionTable)
        .where(eq(sessionTable.token, tokenOf(cookie)));
      await expectLeft(cookie);
    });

    it('the session cookie twice, a forged signature, or a session data cookie', async () => {
      const { cookie } = await signedInCookie();
      const { cookie: other } = await signedInCookie();
      const otherPair = other.split('; ').find((pair) => pair.startsWith('kit.session_token=')) ?? '';
      await expectLeft(`${cookie}; ${otherPair}`);
      await expectLeft(cookie.replace(/kit\.session_token=([^.;]+)\.[^;]+/, 'kit.session_token=$1.forged'));
      await expectLeft(`${cookie}; kit.session_data=stale`);
      await expectLeft(`${cookie}; kit.session_data.0=stale`);
    });
  });
});
