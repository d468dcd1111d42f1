// Issue "Hardening 3", item 8: confirming the password before a sensitive change (the settings pages sign
// in again) replaces the browser's session instead of adding a second one, and users with two-factor on
// confirm with their password and code.
import { getDatabase } from '@kit/database';
import { session } from '@kit/database/schema';
import { createTestUser, type TestUser } from '@kit/database/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';
import { enableTwoFactor } from './support/two-factor';

async function signedInEmail(app: AppServer, cookie: string): Promise<string | null> {
  const client = new HttpClient(app.baseUrl);
  client.cookie = cookie;
  const response = await client.request('/api/auth/get-session');
  const body = (await response.json()) as { user?: { email: string } } | null;
  return body?.user?.email ?? null;
}

function sessionsOf(userId: string) {
  return getDatabase().select().from(session).where(eq(session.userId, userId));
}

/** Makes every session of the user older than the fresh age, as if signed in half an hour ago. */
async function ageSessions(userId: string) {
  await getDatabase()
    .update(session)
    .set({ createdAt: new Date(Date.now() - 30 * 60_000) })
    .where(eq(session.userId, userId));
}

describe('re-authentication replaces the session (production build)', () => {
  let app: AppServer;
  let person: TestUser;
  beforeAll(async () => {
    app = await startAppServer();
  });
  beforeAll(async () => {
    person = await createTestUser(getDatabase());
  });
  afterAll(() => app.stop());

  it('a password confirmation leaves one session: the old cookie reads as signed out', async () => {
    const browser = await signedInClient(app.baseUrl, person);
    await ageSessions(person.id);
    const oldCookie = browser.cookie;
    const stale = await browser.authPost('change-email', { newEmail: `new-${person.email}` });
    expect(stale.status).toBe(403);

    expect((await browser.signIn(person)).status).toBe(200);

    expect(browser.cookie).not.toBe(oldCookie);
    expect(await signedInEmail(app, oldCookie)).toBeNull();
    expect(await signedInEmail(app, browser.cookie)).toBe(person.email);
    expect(await sessionsOf(person.id)).toHaveLength(1);
  });

  it('a user with two-factor on confirms with password and code and gets a fresh session in place of the old', async () => {
    const owner = await createTestUser(getDatabase());
    const browser = await signedInClient(app.baseUrl, owner);
    const factor = await enableTwoFactor(browser, owner.password);
    await ageSessions(owner.id);
    const oldCookie = browser.cookie;
    const stale = await browser.authPost('two-factor/generate-backup-codes', { password: owner.password });
    expect(stale.status).toBe(403);

    const password = await browser.signIn(owner);
    expect(password.status).toBe(200);
    expect(await password.json()).toMatchObject({ twoFactorRedirect: true });
    const code = await browser.authPost('two-factor/verify-totp', { code: await factor.totp() });
    expect(code.status).toBe(200);

    expect(await signedInEmail(app, oldCookie)).toBeNull();
    expect(await signedInEmail(app, browser.cookie)).toBe(owner.email);
    const sessions = await sessionsOf(owner.id);
    expect(sessions).toHaveLength(1);
    const fresh = await browser.authPost('two-factor/generate-backup-codes', { password: owner.password });
    expect(fresh.status).toBe(200);
  });

  it('a wrong password leaves the session as it was', async () => {
    const other = await createTestUser(getDatabase());
    const browser = await signedInClient(app.baseUrl, other);
    const before = await sessionsOf(other.id);
    expect((await browser.signIn({ email: other.email, password: 'not-the-password' })).status).toBe(401);
    expect(await signedInEmail(app, browser.cookie)).toBe(other.email);
    expect(await sessionsOf(other.id)).toEqual(before);
  });
});
