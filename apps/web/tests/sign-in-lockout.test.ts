// Issue 9, item 5: the per-user lockout counts atomically, survives better-auth's sweep of old
// rate-limit rows for its full 15 minutes, and is lifted by a password reset.
import { createHash } from 'node:crypto';
import { getDatabase } from '@kit/database';
import { rateLimit, session } from '@kit/database/schema';
import { createTestUser, type TestUser } from '@kit/database/testing';
import { emailsInLog } from '@kit/mailers/testing';
import { eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';
import { enableTwoFactor, type SecondFactor } from './support/two-factor';

let nextAddress = 0;
/** A fresh client address (the app sits behind a simulated proxy), so per-IP limits stay out. */
function freshAddress(): string {
  nextAddress += 1;
  return `198.18.${Math.floor(nextAddress / 250)}.${nextAddress % 250}`;
}

function signInFrom(app: AppServer, credentials: { email: string; password: string }, ip?: string) {
  const client = new HttpClient(app.baseUrl);
  return client.request('/api/auth/sign-in/email', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: client.origin,
      'x-forwarded-for': ip ?? freshAddress(),
    },
    body: JSON.stringify(credentials),
  });
}

/** Calls the auth API from a client address of its own, keeping the client's cookies. */
function postFromFreshAddress(client: HttpClient, path: string, body: unknown) {
  client.defaultHeaders['x-forwarded-for'] = freshAddress();
  return client.authPost(path, body);
}

/** Signs in with the password in a new browser, which is then asked for the second factor. */
async function passwordStep(app: AppServer, person: { email: string; password: string }) {
  const browser = new HttpClient(app.baseUrl);
  const answer = await postFromFreshAddress(browser, 'sign-in/email', person);
  return { browser, answer };
}

function lockKeyOf(email: string) {
  return `sign-in-failures:${createHash('sha256').update(email.toLowerCase()).digest('hex')}`;
}

async function lockOut(app: AppServer, email: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    expect((await signInFrom(app, { email, password: 'not-the-password' })).status).toBe(401);
  }
}

describe('per-user sign-in lockout (production build, rate limits on)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer({ AUTH_RATE_LIMIT: 'true', TRUST_PROXY: 'true' });
  });
  afterAll(() => app.stop());

  it('counts parallel failures atomically: twenty at once give five 401s and fifteen 429s', async () => {
    const person = await createTestUser(getDatabase());
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => signInFrom(app, { email: person.email, password: 'wrong-password' })),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(15).fill(429)]);
    expect((await signInFrom(app, person)).status).toBe(429);
  });

  it('keeps the lock through the sweep of old rate-limit rows until its 15 minutes are up', async () => {
    const person = await createTestUser(getDatabase());
    await lockOut(app, person.email);
    // The lock began 11 minutes ago: 4 minutes are left.
    await getDatabase()
      .update(rateLimit)
      .set({ lastRequest: Date.now() - 11 * 60_000 })
      .where(eq(rateLimit.key, lockKeyOf(person.email)));
    // A per-IP window that has run out makes better-auth sweep rows older than its longest window.
    const sweeper = '192.0.2.150';
    await signInFrom(app, { email: 'sweep@example.test', password: 'x-password' }, sweeper);
    await getDatabase()
      .update(rateLimit)
      .set({ lastRequest: Date.now() - 2 * 60_000 })
      .where(ne(rateLimit.key, lockKeyOf(person.email)));
    await signInFrom(app, { email: 'sweep@example.test', password: 'x-password' }, sweeper);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const rows = await getDatabase()
      .select()
      .from(rateLimit)
      .where(eq(rateLimit.key, lockKeyOf(person.email)));
    expect(rows).toHaveLength(1);
    expect((await signInFrom(app, person)).status).toBe(429);
  });

  it('is lifted by a password reset', async () => {
    const person = await createTestUser(getDatabase());
    await lockOut(app, person.email);
    expect((await signInFrom(app, person)).status).toBe(429);
    const asked = await new HttpClient(app.baseUrl).authPost('request-password-reset', {
      email: person.email,
      redirectTo: '/auth/reset-password',
    });
    expect(asked.status).toBe(200);
    let link: string | undefined;
    for (let attempt = 0; attempt < 50 && !link; attempt++) {
      link = emailsInLog(app.output())
        .filter((mail) => mail.to === person.email)
        .flatMap((mail) => mail.links)
        .find((href) => href.includes('/reset-password/'));
      if (!link) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const token = new URL(link ?? 'http://x/').pathname.split('/').at(-1) ?? '';
    const reset = await new HttpClient(app.baseUrl).authPost('reset-password', {
      token,
      newPassword: 'a-fresh-password-1',
    });
    expect(reset.status).toBe(200);
    expect((await signInFrom(app, { email: person.email, password: 'a-fresh-password-1' })).status).toBe(200);
  });
});

describe('sign-in of users with two-factor on (production build, rate limits on)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer({ AUTH_RATE_LIMIT: 'true', TRUST_PROXY: 'true' });
  });
  afterAll(() => app.stop());

  async function twoFactorPerson(): Promise<{ person: TestUser; factor: SecondFactor }> {
    const person = await createTestUser(getDatabase());
    const client = await signedInClient(app.baseUrl, person);
    client.defaultHeaders['x-forwarded-for'] = freshAddress();
    return { person, factor: await enableTwoFactor(client, person.password) };
  }

  async function sessionsOf(userId: string) {
    return getDatabase().select({ id: session.id }).from(session).where(eq(session.userId, userId));
  }

  it('counts a right password toward the lockout until the second factor passes', async () => {
    const { person } = await twoFactorPerson();
    for (let attempt = 0; attempt < 5; attempt++) {
      const { answer } = await passwordStep(app, person);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({ twoFactorRedirect: true });
    }
    const sixth = await passwordStep(app, person);
    expect(sixth.answer.status).toBe(429);
    expect(sixth.browser.cookie).not.toContain('two_factor');
  });

  it('clears the count when the whole sign-in succeeds (password and code)', async () => {
    const { person, factor } = await twoFactorPerson();
    for (let attempt = 0; attempt < 4; attempt++)
      expect((await passwordStep(app, person)).answer.status).toBe(200);
    const { browser } = await passwordStep(app, person);
    const code = await postFromFreshAddress(browser, 'two-factor/verify-totp', { code: await factor.totp() });
    expect(code.status).toBe(200);
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await passwordStep(app, person)).answer.status).toBe(200);
  });

  it('refuses codes with 429 after five wrong ones for the user, across challenges, opening no session', async () => {
    const { person, factor } = await twoFactorPerson();
    const sessionsBefore = await sessionsOf(person.id);
    const first = await passwordStep(app, person);
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await postFromFreshAddress(first.browser, 'two-factor/verify-totp', {
        code: await factor.wrongCode(),
      });
      expect(wrong.status).toBe(401);
    }
    // A new challenge (the password again) does not give new tries: the limit is the user's.
    const second = await passwordStep(app, person);
    expect(second.answer.status).toBe(200);
    const sixth = await postFromFreshAddress(second.browser, 'two-factor/verify-totp', {
      code: await factor.wrongCode(),
    });
    expect(sixth.status).toBe(429);
    expect(await sixth.json()).toMatchObject({ code: 'ACCOUNT_TEMPORARILY_LOCKED' });
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(9 * 60);
    const right = await postFromFreshAddress(second.browser, 'two-factor/verify-totp', {
      code: await factor.totp(),
    });
    expect(right.status).toBe(429);
    const backup = await postFromFreshAddress(second.browser, 'two-factor/verify-backup-code', {
      code: factor.backupCodes[0],
    });
    expect(backup.status).toBe(429);
    expect(second.browser.cookie).not.toContain('session_token');
    expect(await sessionsOf(person.id)).toEqual(sessionsBefore);
  });
});
