// Hardening 3, item 2: no redirect the auth layer builds from a query or body value leaves the app's
// origin (or TRUSTED_ORIGINS), including the kit's own hooks, which run before better-auth's origin checks.
import { createHash } from 'node:crypto';
import { getDatabase } from '@kit/database';
import { session, user, verification } from '@kit/database/schema';
import { createTestUser } from '@kit/database/testing';
import { emailsInLog } from '@kit/mailers/testing';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient } from './support/http-client';

const OFF_SITE = ['https://evil.example/login', '//evil.example/login', '/\\evil.example/login'];

async function emailedLink(app: AppServer, email: string, path: string): Promise<URL> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const link = emailsInLog(app.output())
      .filter((mail) => mail.to === email)
      .flatMap((mail) => mail.links)
      .findLast((href) => href.includes(path));
    if (link) return new URL(link);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no ${path} link was emailed to ${email}`);
}

async function requestMagicLink(app: AppServer, email: string): Promise<URL> {
  const response = await new HttpClient(app.baseUrl).authPost('sign-in/magic-link', {
    email,
    callbackURL: '/dashboard',
    errorCallbackURL: '/auth/sign-in',
  });
  expect(response.status).toBe(200);
  return emailedLink(app, email, '/api/auth/magic-link/verify');
}

function withParameter(link: URL, name: string, value: string): string {
  const changed = new URL(link);
  changed.searchParams.set(name, value);
  return changed.pathname + changed.search;
}

async function linkIsUnused(link: URL): Promise<boolean> {
  const token = link.searchParams.get('token') ?? '';
  const identifier = `magic-link:${createHash('sha256').update(token).digest('base64url')}`;
  const rows = await getDatabase().select().from(verification).where(eq(verification.identifier, identifier));
  return rows.length === 1;
}

async function sessionsOf(userId: string): Promise<number> {
  const [row] = await getDatabase().select({ n: count() }).from(session).where(eq(session.userId, userId));
  return row?.n ?? 0;
}

/** A refusal that sends nobody anywhere: 4xx, no Location, no cookie. */
function expectRefusedInPlace(response: Response, label: string) {
  expect(response.status, label).toBe(403);
  expect(response.headers.get('location'), label).toBeNull();
  expect(response.headers.getSetCookie(), label).toEqual([]);
}

describe('redirects stay on the app (production build)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app.stop());

  for (const refusal of ['two-factor on', 'banned after the link was sent'] as const) {
    it(`a sign-in link refused for a user with ${refusal} does not redirect off-site, nor use the link up`, async () => {
      const person = await createTestUser(getDatabase());
      const link = await requestMagicLink(app, person.email);
      const change = refusal === 'two-factor on' ? { twoFactorEnabled: true } : { banned: true };
      await getDatabase().update(user).set(change).where(eq(user.id, person.id));

      for (const target of OFF_SITE) {
        const client = new HttpClient(app.baseUrl);
        const response = await client.request(withParameter(link, 'errorCallbackURL', target));
        expectRefusedInPlace(response, target);
        expect(await response.json(), target).toMatchObject({ code: 'INVALID_ERROR_CALLBACK_URL' });
      }
      expect(await linkIsUnused(link)).toBe(true);
      expect(await sessionsOf(person.id)).toBe(0);

      // The link as emailed still lands on the app's sign-in page with the reason.
      const honest = await new HttpClient(app.baseUrl).request(link.pathname + link.search);
      expect(honest.status).toBe(302);
      const location = new URL(honest.headers.get('location') ?? '');
      expect(location.origin).toBe(app.baseUrl);
      expect(location.pathname).toBe('/auth/sign-in');
      expect(await sessionsOf(person.id)).toBe(0);
    });
  }

  it('a password-reset link cannot be pointed off-site (the token would go with it)', async () => {
    const person = await createTestUser(getDatabase());
    const requested = await new HttpClient(app.baseUrl).authPost('request-password-reset', {
      email: person.email,
      redirectTo: '/auth/reset-password',
    });
    expect(requested.status).toBe(200);
    const link = await emailedLink(app, person.email, '/reset-password/');
    for (const target of OFF_SITE) {
      const response = await new HttpClient(app.baseUrl).request(withParameter(link, 'callbackURL', target));
      expectRefusedInPlace(response, target);
    }
    const honest = await new HttpClient(app.baseUrl).request(link.pathname + link.search);
    expect(honest.status).toBe(302);
    expect(new URL(honest.headers.get('location') ?? '').origin).toBe(app.baseUrl);
  });

  it('an email-verification link cannot be pointed off-site, and does not verify when refused', async () => {
    const email = `new-${crypto.randomUUID().slice(0, 8)}@example.test`;
    const signUp = await new HttpClient(app.baseUrl).authPost('sign-up/email', {
      name: 'New Person',
      email,
      password: 'new-person-password',
      callbackURL: '/dashboard',
    });
    expect(signUp.status).toBe(200);
    const link = await emailedLink(app, email, '/api/auth/verify-email');
    for (const target of OFF_SITE) {
      const response = await new HttpClient(app.baseUrl).request(withParameter(link, 'callbackURL', target));
      expectRefusedInPlace(response, target);
    }
    const [row] = await getDatabase().select().from(user).where(eq(user.email, email));
    expect(row?.emailVerified).toBe(false);
  });

  it('refuses off-site callback URLs in request bodies before anything is written or sent', async () => {
    const person = await createTestUser(getDatabase());
    const [verificationsBefore] = await getDatabase().select({ n: count() }).from(verification);
    const attempts: Array<[string, Record<string, unknown>]> = [
      ['sign-in/magic-link', { email: person.email, errorCallbackURL: OFF_SITE[0] }],
      ['sign-in/magic-link', { email: person.email, newUserCallbackURL: OFF_SITE[1] }],
      ['request-password-reset', { email: person.email, redirectTo: OFF_SITE[2] }],
      ['sign-in/email', { email: person.email, password: person.password, callbackURL: OFF_SITE[0] }],
    ];
    for (const [path, body] of attempts) {
      const response = await new HttpClient(app.baseUrl).authPost(path, body);
      expectRefusedInPlace(response, `${path} ${JSON.stringify(body)}`);
    }
    const [verificationsAfter] = await getDatabase().select({ n: count() }).from(verification);
    expect(verificationsAfter?.n).toBe(verificationsBefore?.n);
    expect(await sessionsOf(person.id)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(emailsInLog(app.output()).filter((mail) => mail.to === person.email)).toEqual([]);
  });
});
