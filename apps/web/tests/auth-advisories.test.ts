// Hardening 3, item 12: better-auth's published advisories that apply to this configuration, each tried
// from outside: doubled slashes around /api/auth, IPv6 clients rotating addresses inside their /64, and
// the session cookie cache (which let a cached session skip checks made on the session row).
import { getDatabase } from '@kit/database';
import { consumeAllowance } from '@kit/database/rate-limits';
import { organization, rateLimit, session } from '@kit/database/schema';
import { createTestUser } from '@kit/database/testing';
import { count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';

async function organizationCount(): Promise<number> {
  const [row] = await getDatabase().select({ n: count() }).from(organization);
  return row?.n ?? 0;
}

async function sessionCount(userId: string): Promise<number> {
  const [row] = await getDatabase().select({ n: count() }).from(session).where(eq(session.userId, userId));
  return row?.n ?? 0;
}

/**
 * Not answered by the endpoint: a 404, or a redirect (the app's router collapses a doubled slash outside
 * /api/auth) to the cleaned path on the app's own origin, where the usual rules apply.
 */
function expectNotServed(response: Response, app: AppServer, path: string): string | undefined {
  if (response.status === 404) return undefined;
  expect([307, 308], path).toContain(response.status);
  const location = new URL(response.headers.get('location') ?? '', app.baseUrl);
  expect(location.origin, path).toBe(app.baseUrl);
  expect(location.pathname, path).not.toContain('//');
  return location.pathname;
}

/** A POST to a path as written: joined to the origin as text, so `//api` is not read as a host. */
function postJson(client: HttpClient, path: string, body: unknown): Promise<Response> {
  return client.request(`${client.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: client.origin },
    body: JSON.stringify(body),
  });
}

describe('doubled slashes (production build, rate limits on)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer({ AUTH_RATE_LIMIT: 'true' });
  });
  afterAll(() => app.stop());

  it('reach no unserved endpoint: better-auth organization endpoints stay closed however the path is written', async () => {
    const owner = await signedInClient(app.baseUrl, await createTestUser(getDatabase()));
    const before = await organizationCount();
    for (const path of [
      '/api/auth//organization/create',
      '//api/auth/organization/create',
      '/api//auth/organization/create',
      '/api/auth/organization//create',
      '/api/auth/./organization/create',
      '/api/auth/%2Forganization/create',
    ]) {
      const body = { name: 'Sneaky', slug: `sneaky-${crypto.randomUUID()}` };
      const redirectedTo = expectNotServed(await postJson(owner, path, body), app, path);
      // Following the redirect (a 308 keeps the method and body) reaches the closed endpoint.
      if (redirectedTo) expect((await postJson(owner, redirectedTo, body)).status, path).toBe(404);
    }
    expect(await organizationCount()).toBe(before);
  });

  it('do not open a second rate-limit bucket for sign-in: a doubled slash is never answered by the endpoint', async () => {
    await getDatabase().delete(rateLimit); // counts start from zero (other tests here signed in)
    const person = await createTestUser(getDatabase());
    const right = { email: person.email, password: person.password };
    const signIn = (path: string, body: unknown) => postJson(new HttpClient(app.baseUrl), path, body);
    const doubled = ['/api/auth//sign-in/email', '//api/auth/sign-in/email', '/api/auth/sign-in//email'];
    for (const path of doubled) expectNotServed(await signIn(path, right), app, path);
    expect(await sessionCount(person.id)).toBe(0);

    // One real attempt shows the bucket's key; the rest of its 20 a minute are used up in the same storage.
    const email = `nobody-${crypto.randomUUID()}@example.test`;
    expect((await signIn('/api/auth/sign-in/email', { email, password: 'not-the-password' })).status).toBe(
      401,
    );
    const [bucket] = await getDatabase()
      .select()
      .from(rateLimit)
      .where(like(rateLimit.key, '%|/sign-in/email'));
    expect(bucket?.count).toBe(1); // the doubled spellings above were not served, and not counted here
    for (let used = 1; used < 20; used++) {
      await consumeAllowance(getDatabase(), bucket?.key ?? '', { max: 20, windowSeconds: 60 });
    }
    for (const path of ['/api/auth/sign-in/email', ...doubled, '/api/auth/sign-in/email/']) {
      const response = await signIn(path, right);
      if (response.status !== 429) expectNotServed(response, app, path);
    }
    expect(await sessionCount(person.id)).toBe(0);
  });
});

describe('IPv6 clients behind a trusted proxy (production build, rate limits on)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer({ AUTH_RATE_LIMIT: 'true', TRUST_PROXY: 'true' });
  });
  afterAll(() => app.stop());

  function resetFrom(address: string, attempt: number) {
    const client = new HttpClient(app.baseUrl);
    return client.request('/api/auth/request-password-reset', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: client.origin, 'x-forwarded-for': address },
      body: JSON.stringify({ email: `someone-${attempt}@example.test`, redirectTo: '/auth/reset-password' }),
    });
  }

  it('share one limit across a /64: a new interface id per request does not buy new attempts', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      // Each request from a different address in 2001:db8:1:2::/64, as a client rotating addresses would.
      statuses.push(
        (await resetFrom(`2001:db8:1:2:${(attempt + 1).toString(16)}::${attempt + 7}`, attempt)).status,
      );
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Another /64 (another customer of the same provider) has its own.
    expect((await resetFrom('2001:db8:1:3::1', 99)).status).toBe(200);
  });
});

describe('session cookie cache stays off (production build)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app.stop());

  it('sets no session-data cookie, and a session deleted in the database is refused on the very next request', async () => {
    const person = await createTestUser(getDatabase());
    const client = new HttpClient(app.baseUrl);
    const signIn = await client.signIn(person);
    expect(signIn.status).toBe(200);
    expect(signIn.headers.getSetCookie().filter((cookie) => cookie.includes('session_data'))).toEqual([]);
    const getSession = () => client.request('/api/auth/get-session', { headers: { origin: client.origin } });
    const first = await getSession();
    expect(first.headers.getSetCookie().filter((cookie) => cookie.includes('session_data'))).toEqual([]);
    expect(await first.json()).not.toBeNull();
    expect((await client.request('/dashboard')).status).toBe(200);

    await getDatabase().delete(session).where(eq(session.userId, person.id));
    expect(await (await getSession()).json()).toBeNull();
    expect((await client.request('/dashboard')).status).toBe(307);
  });
});
