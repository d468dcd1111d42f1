// Sign-in links by email over HTTP against the production build, reading the emailed links from the
// development mail transport in the server's log.
import { createHash } from 'node:crypto';
import { base32 } from '@better-auth/utils/base32';
import { createOTP } from '@better-auth/utils/otp';
import { getDatabase } from '@kit/database';
import { session, user, verification } from '@kit/database/schema';
import { createTestUser, type TestUser } from '@kit/database/testing';
import { emailsInLog } from '@kit/mailers/testing';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';

const EVIL = 'https://evil.example/x';

function uniqueEmail(prefix: string) {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}@example.test`;
}

function requestLink(app: AppServer, email: string, body: Record<string, unknown> = {}) {
  return new HttpClient(app.baseUrl).authPost('sign-in/magic-link', {
    email,
    callbackURL: '/dashboard',
    errorCallbackURL: '/auth/sign-in',
    ...body,
  });
}

function linksTo(app: AppServer, email: string): string[] {
  return emailsInLog(app.output())
    .filter((mail) => mail.to === email)
    .flatMap((mail) => mail.links)
    .filter((href) => href.includes('/api/auth/magic-link/verify'));
}

async function lastLinkTo(app: AppServer, email: string): Promise<URL> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const link = linksTo(app, email).at(-1);
    if (link) return new URL(link);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no sign-in link was emailed to ${email}`);
}

/** The verification row of a link: the token is stored hashed (SHA-256, base64url). */
function identifierOf(link: URL): string {
  const token = link.searchParams.get('token') ?? '';
  return `magic-link:${createHash('sha256').update(token).digest('base64url')}`;
}

function follow(client: HttpClient, link: URL): Promise<Response> {
  return client.request(link.pathname + link.search);
}

function errorOf(response: Response): string | null {
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location') ?? '', 'http://app.test').searchParams.get('error');
}

async function sessionCount(userId?: string): Promise<number> {
  const query = getDatabase().select({ n: count() }).from(session);
  const [row] = await (userId ? query.where(eq(session.userId, userId)) : query);
  return row?.n ?? 0;
}

async function signedInEmail(client: HttpClient): Promise<string | null> {
  const response = await client.request('/api/auth/get-session', { headers: { origin: client.origin } });
  const body = (await response.json()) as { user?: { email: string } } | null;
  return body?.user?.email ?? null;
}

describe('magic link', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app.stop());

  it('answers an unknown email as a known one, and emails only the known one', async () => {
    const known = await createTestUser(getDatabase());
    const unknown = uniqueEmail('nobody');
    const forUnknown = await requestLink(app, unknown);
    const forKnown = await requestLink(app, known.email);
    expect(forKnown.status).toBe(200);
    expect(forUnknown.status).toBe(forKnown.status);
    const body = await forKnown.text();
    expect(JSON.parse(body)).toEqual({ status: true });
    expect(await forUnknown.text()).toBe(body);
    await lastLinkTo(app, known.email);
    expect(emailsInLog(app.output()).filter((mail) => mail.to === unknown)).toEqual([]);
    expect(await getDatabase().select().from(user).where(eq(user.email, unknown))).toEqual([]);
  });

  it('signs in once with the emailed link; the second use fails and opens no session', async () => {
    const person = await createTestUser(getDatabase());
    await requestLink(app, person.email);
    const link = await lastLinkTo(app, person.email);
    expect(link.origin).toBe(app.baseUrl);

    const client = new HttpClient(app.baseUrl);
    const first = await follow(client, link);
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe(`${app.baseUrl}/dashboard`);
    expect(await signedInEmail(client)).toBe(person.email);
    expect(await sessionCount(person.id)).toBe(1);

    const again = new HttpClient(app.baseUrl);
    const second = await follow(again, link);
    expect(errorOf(second)).toBe('INVALID_TOKEN');
    expect(new URL(second.headers.get('location') ?? '').pathname).toBe('/auth/sign-in');
    expect(again.cookie).not.toContain('session_token');
    expect(await signedInEmail(again)).toBeNull();
    expect(await sessionCount(person.id)).toBe(1);
  });

  it('expires 15 minutes after it was requested, and refuses an expired link', async () => {
    const person = await createTestUser(getDatabase());
    const requested = Date.now();
    await requestLink(app, person.email);
    const link = await lastLinkTo(app, person.email);
    const where = eq(verification.identifier, identifierOf(link));
    const [row] = await getDatabase().select().from(verification).where(where);
    const lifetimeMinutes = ((row?.expiresAt.getTime() ?? 0) - requested) / 60_000;
    expect(lifetimeMinutes).toBeGreaterThan(14.9);
    expect(lifetimeMinutes).toBeLessThan(15.1);
    // The link carries the token, the table only its hash.
    expect(row?.identifier).not.toContain(link.searchParams.get('token'));

    await getDatabase()
      .update(verification)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(where);
    const client = new HttpClient(app.baseUrl);
    expect(errorOf(await follow(client, link))).toBe('INVALID_TOKEN');
    expect(client.cookie).not.toContain('session_token');
    expect(await sessionCount(person.id)).toBe(0);
  });

  it('refuses a user with two-factor on (the link is not a second factor) and opens no session', async () => {
    const person = await createTestUser(getDatabase());
    await enableTwoFactor(app, person);
    const sessionsBefore = await sessionCount(person.id);

    await requestLink(app, person.email);
    const link = await lastLinkTo(app, person.email);
    const client = new HttpClient(app.baseUrl);
    const refused = await follow(client, link);
    expect(errorOf(refused)).toBe('two_factor_required');
    expect(new URL(refused.headers.get('location') ?? '').pathname).toBe('/auth/sign-in');
    expect(client.cookie).not.toContain('session_token');
    expect(await signedInEmail(client)).toBeNull();
    expect(await sessionCount(person.id)).toBe(sessionsBefore);
  });

  it('sends a banned user no link, and a link followed after a ban opens no session', async () => {
    const person = await createTestUser(getDatabase());
    await requestLink(app, person.email);
    const link = await lastLinkTo(app, person.email);
    await getDatabase().update(user).set({ banned: true }).where(eq(user.id, person.id));
    const client = new HttpClient(app.baseUrl);
    const refused = await follow(client, link);
    expect(errorOf(refused)).toBe('BANNED_USER');
    expect(new URL(refused.headers.get('location') ?? '').pathname).toBe('/auth/sign-in');
    expect(client.cookie).not.toContain('session_token');
    expect(await sessionCount(person.id)).toBe(0);

    const linksBefore = linksTo(app, person.email).length;
    const again = await requestLink(app, person.email);
    expect(again.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(linksTo(app, person.email)).toHaveLength(linksBefore);
  });

  it('refuses to send a link that would return to another origin', async () => {
    const person = await createTestUser(getDatabase());
    const [verificationsBefore] = await getDatabase().select({ n: count() }).from(verification);
    for (const field of ['callbackURL', 'errorCallbackURL', 'newUserCallbackURL']) {
      const response = await requestLink(app, person.email, { [field]: EVIL });
      expect(response.status, field).toBe(403);
    }
    const [verificationsAfter] = await getDatabase().select({ n: count() }).from(verification);
    expect(verificationsAfter?.n).toBe(verificationsBefore?.n);
    expect(linksTo(app, person.email)).toEqual([]);
  });

  it('refuses an emailed link whose callbackURL was changed to another origin, without using it up', async () => {
    const person = await createTestUser(getDatabase());
    await requestLink(app, person.email);
    const link = await lastLinkTo(app, person.email);
    for (const field of ['callbackURL', 'errorCallbackURL', 'newUserCallbackURL']) {
      const redirected = new URL(link);
      redirected.searchParams.set(field, EVIL);
      const client = new HttpClient(app.baseUrl);
      const response = await follow(client, redirected);
      expect(response.status, field).toBe(403);
      expect(response.headers.get('location')).toBeNull();
      expect(client.cookie).not.toContain('session_token');
    }
    expect(await sessionCount(person.id)).toBe(0);
    const client = new HttpClient(app.baseUrl);
    expect((await follow(client, link)).headers.get('location')).toBe(`${app.baseUrl}/dashboard`);
    expect(await signedInEmail(client)).toBe(person.email);
  });
});

/** Turns two-factor on as the settings page does: password, then a code from the authenticator. */
async function enableTwoFactor(app: AppServer, person: TestUser): Promise<void> {
  const client = await signedInClient(app.baseUrl, person);
  const enabled = await client.authPost('two-factor/enable', { password: person.password });
  expect(enabled.status).toBe(200);
  const { totpURI } = (await enabled.json()) as { totpURI: string };
  const secret = new URL(totpURI).searchParams.get('secret') ?? '';
  const code = await createOTP(base32.decode(secret)).totp();
  expect((await client.authPost('two-factor/verify-totp', { code })).status).toBe(200);
  const [row] = await getDatabase().select().from(user).where(eq(user.id, person.id));
  expect(row?.twoFactorEnabled).toBe(true);
}

describe('magic link rate limit', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer({ AUTH_RATE_LIMIT: 'true' });
  });
  afterAll(() => app.stop());

  it('answers the 11th request from one address within ten minutes with 429, as password resets', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      statuses.push((await requestLink(app, `someone-${attempt}@example.test`)).status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses[10]).toBe(429);
  });
});
