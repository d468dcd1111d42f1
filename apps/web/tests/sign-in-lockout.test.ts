// Issue 9, item 5: the per-account lockout counts atomically, survives better-auth's sweep of old
// rate-limit rows for its full 15 minutes, and is lifted by a password reset.
import { createHash } from 'node:crypto';
import { getDatabase } from '@kit/database';
import { rateLimit } from '@kit/database/schema';
import { createTestUser } from '@kit/database/testing';
import { emailsInLog } from '@kit/mailers/testing';
import { eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient } from './support/http-client';

let nextAddress = 0;
/** A fresh client address per call (the app sits behind a simulated proxy), so per-IP limits stay out. */
function signInFrom(app: AppServer, credentials: { email: string; password: string }, ip?: string) {
  nextAddress += 1;
  const client = new HttpClient(app.baseUrl);
  return client.request('/api/auth/sign-in/email', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: client.origin,
      'x-forwarded-for': ip ?? `198.18.${Math.floor(nextAddress / 250)}.${nextAddress % 250}`,
    },
    body: JSON.stringify(credentials),
  });
}

function lockKeyOf(email: string) {
  return `sign-in-failures:${createHash('sha256').update(email.toLowerCase()).digest('hex')}`;
}

async function lockOut(app: AppServer, email: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    expect((await signInFrom(app, { email, password: 'not-the-password' })).status).toBe(401);
  }
}

describe('per-account sign-in lockout (production build, rate limits on)', () => {
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
