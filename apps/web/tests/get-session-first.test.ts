// Issue 17 item 5: a plain GET /api/auth/get-session is answered by the server entry (server.ts) from the
// one-statement session read. Each case compares that answer with better-auth's own, reached through
// Start by a query string (with the cookie cache off, better-auth reads `disableCookieCache` as nothing):
// the same status, body bytes and headers, and nothing better-auth does (a re-set cookie) is lost.
import { getDatabase } from '@kit/database';
import { session } from '@kit/database/schema';
import { createTestUser, type TestUser } from '@kit/database/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';

const PATH = '/api/auth/get-session';
const VIA_BETTER_AUTH = `${PATH}?disableCookieCache=true`;
const IMPERSONATE = 'features.admin.user-actions.functions.impersonateUser';
const DAY_MS = 86_400_000;

interface Answer {
  status: number;
  body: string;
  /**
   * Every header but the date, the request id and the body's framing (the fast path sends a
   * Content-Length, Start's path chunks it), with the CSP nonce blanked (each response has its own).
   */
  headers: Record<string, string>;
  setCookies: string[];
  requestId: string | null;
}

const IGNORED_HEADERS = new Set([
  'date',
  'x-request-id',
  'set-cookie',
  'content-length',
  'transfer-encoding',
]);

let requestCount = 0;

async function read(client: HttpClient, path: string, requestId?: string): Promise<Answer> {
  const response = await client.request(path, { headers: requestId ? { 'x-request-id': requestId } : {} });
  const headers: Record<string, string> = {};
  for (const [name, value] of response.headers) {
    if (IGNORED_HEADERS.has(name)) continue;
    headers[name] = name === 'content-security-policy' ? value.replace(/'nonce-[^']+'/, "'nonce-*'") : value;
  }
  return {
    status: response.status,
    body: await response.text(),
    headers,
    setCookies: response.headers.getSetCookie(),
    requestId: response.headers.get('x-request-id'),
  };
}

/** A session's expiry set to a day and a minute into its 7 days: better-auth's sliding refresh is due. */
async function makeRefreshDue(token: string) {
  const dueExpiry = new Date(Date.now() + 6 * DAY_MS - 60_000);
  await getDatabase().update(session).set({ expiresAt: dueExpiry }).where(eq(session.token, token));
  return dueExpiry;
}

function tokenOf(client: HttpClient): string {
  const value = /(?:^|; )kit\.session_token=([^;]+)/.exec(client.cookie)?.[1] ?? '';
  return decodeURIComponent(value).split('.')[0] ?? '';
}

async function expiryOf(token: string) {
  const [row] = await getDatabase()
    .select({ expiresAt: session.expiresAt })
    .from(session)
    .where(eq(session.token, token));
  return row?.expiresAt;
}

describe('GET /api/auth/get-session from the server entry (production build)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app.stop());

  /** The request log line of `requestId` (the fast path names the user it answered with). */
  async function logLineOf(requestId: string) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const line = app
      .output()
      .split('\n')
      .filter((text) => text.startsWith('{'))
      .map(
        (text) =>
          JSON.parse(text) as {
            reqId?: string;
            msg?: string;
            userId?: string;
            path?: string;
            status?: number;
          },
      )
      .find((entry) => entry.reqId === requestId && entry.msg === 'request');
    return line;
  }

  /**
   * Reads the session both ways. The plain read is the fast path's: its log line names the user it
   * answered with (better-auth's path names none).
   */
  async function expectSameAsBetterAuth(client: HttpClient, userId: string | null) {
    const requestId = `get-session-first-${++requestCount}`;
    const fast = await read(client, PATH, requestId);
    const viaBetterAuth = await read(client, VIA_BETTER_AUTH);
    expect(fast.status).toBe(200);
    expect(fast.body).toBe(viaBetterAuth.body);
    expect(fast.headers).toEqual(viaBetterAuth.headers);
    expect(fast.setCookies).toEqual([]);
    expect(viaBetterAuth.setCookies).toEqual([]);
    expect(fast.requestId).toBe(requestId);
    expect(viaBetterAuth.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const logLine = await logLineOf(requestId);
    expect(logLine).toMatchObject({ path: PATH, status: 200 });
    expect(logLine?.userId).toBe(userId ?? undefined);
    return JSON.parse(fast.body) as { session: Record<string, unknown>; user: { id: string } } | null;
  }

  async function signedIn(user?: TestUser) {
    const person = user ?? (await createTestUser(getDatabase()));
    return { user: person, client: await signedInClient(app.baseUrl, person) };
  }

  it('answers a signed-in session as better-auth does, with the security headers', async () => {
    const { user, client } = await signedIn();
    const body = await expectSameAsBetterAuth(client, user.id);
    expect(body?.user.id).toBe(user.id);
    expect(body?.session.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const fast = await read(client, PATH);
    expect(fast.headers).toMatchObject({
      'cache-control': 'no-store',
      'content-type': 'application/json',
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
    });
    expect(fast.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers signed out as better-auth does: no cookie, or no session cookie', async () => {
    expect(await expectSameAsBetterAuth(new HttpClient(app.baseUrl), null)).toBeNull();
    const other = new HttpClient(app.baseUrl);
    other.cookie = 'theme=dark';
    expect(await expectSameAsBetterAuth(other, null)).toBeNull();
  });

  it('answers an impersonation session as better-auth does, and does not slide it', async () => {
    const { client } = await signedIn(await createTestUser(getDatabase(), { role: 'admin' }));
    const target = await createTestUser(getDatabase());
    expect((await client.serverFn(IMPERSONATE, { data: { userId: target.id } })).status).toBe(200);
    expect(client.cookie).toContain('kit.dont_remember=');
    const expiry = await expiryOf(tokenOf(client));
    const body = await expectSameAsBetterAuth(client, target.id);
    expect(body?.user.id).toBe(target.id);
    expect(body?.session.impersonatedBy).toBeTruthy();
    expect(await expiryOf(tokenOf(client))).toEqual(expiry);
  });

  it('answers a "don\'t remember me" session as better-auth does, even with its refresh due (it never slides)', async () => {
    const user = await createTestUser(getDatabase());
    const client = new HttpClient(app.baseUrl);
    expect(
      (
        await client.authPost('sign-in/email', {
          email: user.email,
          password: user.password,
          rememberMe: false,
        })
      ).status,
    ).toBe(200);
    const dueExpiry = await makeRefreshDue(tokenOf(client));
    await expectSameAsBetterAuth(client, user.id);
    expect(await expiryOf(tokenOf(client))).toEqual(dueExpiry);
  });

  it('answers the session cookie twice as signed out, as better-auth does, setting no cookie', async () => {
    const { client } = await signedIn();
    const { client: other } = await signedIn();
    const otherPair = other.cookie.split('; ').find((pair) => pair.startsWith('kit.session_token=')) ?? '';
    // A client per read: a client's cookie jar would keep one of the two after its first response.
    const twice = () =>
      Object.assign(new HttpClient(app.baseUrl), { cookie: `${client.cookie}; ${otherPair}` });
    expect(twice().cookie.match(/kit\.session_token=/g)).toHaveLength(2);
    const fast = await read(twice(), PATH);
    const viaBetterAuth = await read(twice(), VIA_BETTER_AUTH);
    expect(fast.body).toBe('null');
    expect(fast).toMatchObject({ status: 200, body: viaBetterAuth.body, headers: viaBetterAuth.headers });
    expect(fast.setCookies).toEqual(viaBetterAuth.setCookies);
  });

  it('leaves a sliding refresh to better-auth: the row moves forward and the cookie is re-set, as on its own path', async () => {
    const user = await createTestUser(getDatabase());
    const { client: plain } = await signedIn(user);
    const { client: forced } = await signedIn(user);
    const answers: Answer[] = [];
    for (const [client, path] of [
      [plain, PATH],
      [forced, VIA_BETTER_AUTH],
    ] as const) {
      const token = tokenOf(client);
      const dueExpiry = await makeRefreshDue(token);
      const answer = await read(client, path);
      answers.push(answer);
      expect(answer.status).toBe(200);
      expect(answer.setCookies.filter((cookie) => cookie.startsWith('kit.session_token='))).toHaveLength(1);
      expect((await expiryOf(token))?.getTime()).toBeGreaterThan(dueExpiry.getTime() + 60_000);
      expect(tokenOf(client)).toBe(token);
    }
    const [fromPlain, fromForced] = answers as [Answer, Answer];
    expect(fromPlain.headers).toEqual(fromForced.headers);
    // The cookies differ only in their value and expiry date; the bodies only in the session's own values.
    const cookieShape = (cookie: string) =>
      cookie.replace(/^([^=]+)=[^;]*/, '$1=*').replace(/Expires=[^;]+/i, 'Expires=*');
    expect(fromPlain.setCookies.map(cookieShape)).toEqual(fromForced.setCookies.map(cookieShape));
    const bodyShape = (body: string) => {
      const parsed = JSON.parse(body) as { session: Record<string, unknown>; user: unknown };
      const sessionKeys = Object.keys(parsed.session);
      const { id, token, expiresAt, createdAt, updatedAt, ...rest } = parsed.session;
      for (const value of [id, token, expiresAt, createdAt, updatedAt]) expect(typeof value).toBe('string');
      return { sessionKeys, rest, user: parsed.user };
    };
    expect(bodyShape(fromPlain.body)).toEqual(bodyShape(fromForced.body));
    expect(bodyShape(fromPlain.body).sessionKeys.at(-1)).toBe('id');
  });
});
