// Email verification and password reset over HTTP against the production build, reading the emailed
// links from the development mail transport in the server's log.
import { getDatabase } from '@kit/database';
import { session, user, verification } from '@kit/database/schema';
import { createTestUser } from '@kit/database/testing';
import { emailsInLog } from '@kit/mailers/testing';
import { createEmailVerificationToken } from 'better-auth/api';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer, TEST_SECRET } from './support/app-server';
import { HttpClient } from './support/http-client';

async function lastLinkTo(app: AppServer, email: string, path: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const link = emailsInLog(app.output())
      .filter((mail) => mail.to === email)
      .flatMap((mail) => mail.links)
      .filter((href) => href.includes(path))
      .at(-1);
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no ${path} link was emailed to ${email}`);
}

function uniqueEmail(prefix: string) {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}@example.test`;
}

describe('email verification (on by default)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app.stop());

  it('refuses sign-in until the address is confirmed through the emailed link', async () => {
    const email = uniqueEmail('new');
    const client = new HttpClient(app.baseUrl);
    const signUp = await client.authPost('sign-up/email', {
      email,
      password: 'password-1234',
      name: 'New Person',
    });
    expect(signUp.status).toBe(200);
    expect(client.cookie).not.toContain('session_token');

    const refused = await new HttpClient(app.baseUrl).signIn({ email, password: 'password-1234' });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'EMAIL_NOT_VERIFIED' });

    const link = await lastLinkTo(app, email, '/api/auth/verify-email');
    const verified = await client.request(new URL(link).pathname + new URL(link).search);
    expect(verified.status).toBe(302);
    expect(client.cookie).toContain('session_token');
    const [row] = await getDatabase().select().from(user).where(eq(user.email, email));
    expect(row?.emailVerified).toBe(true);
    expect((await new HttpClient(app.baseUrl).signIn({ email, password: 'password-1234' })).status).toBe(200);
  });

  it('refuses an expired or tampered confirmation link', async () => {
    const email = uniqueEmail('late');
    await new HttpClient(app.baseUrl).authPost('sign-up/email', {
      email,
      password: 'password-1234',
      name: 'Late',
    });
    const link = new URL(await lastLinkTo(app, email, '/api/auth/verify-email'));
    // The token is signed and carries its expiry: one that expired a minute ago, signed as the server does.
    const expired = new URL(link);
    expired.searchParams.set('token', await createEmailVerificationToken(TEST_SECRET, email, undefined, -60));
    const tampered = new URL(link);
    tampered.searchParams.set('token', `${tampered.searchParams.get('token')}x`);
    const locations: string[] = [];
    for (const attempt of [expired, tampered]) {
      const refused = await new HttpClient(app.baseUrl).request(attempt.pathname + attempt.search);
      locations.push(refused.headers.get('location') ?? '');
    }
    expect(locations[0]).toMatch(/error=token_expired/i);
    expect(locations[1]).toMatch(/error=invalid_token/i);
    const [row] = await getDatabase().select().from(user).where(eq(user.email, email));
    expect(row?.emailVerified).toBe(false);
  });

  it('signs the user straight in when verification is switched off', async () => {
    const relaxed = await startAppServer({ REQUIRE_EMAIL_VERIFICATION: 'false' });
    try {
      const client = new HttpClient(relaxed.baseUrl);
      const response = await client.authPost('sign-up/email', {
        email: uniqueEmail('relaxed'),
        password: 'password-1234',
        name: 'Relaxed',
      });
      expect(response.status).toBe(200);
      expect(client.cookie).toContain('session_token');
    } finally {
      await relaxed.stop();
    }
  });
});

describe('password reset', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app.stop());

  it('answers the same whether or not the email is registered, and only emails the real one', async () => {
    const known = await createTestUser(getDatabase());
    const unknown = uniqueEmail('nobody');
    const client = new HttpClient(app.baseUrl);
    const forKnown = await client.authPost('request-password-reset', {
      email: known.email,
      redirectTo: '/auth/reset-password',
    });
    const forUnknown = await client.authPost('request-password-reset', {
      email: unknown,
      redirectTo: '/auth/reset-password',
    });
    expect(forKnown.status).toBe(forUnknown.status);
    expect(await forKnown.text()).toBe(await forUnknown.text());
    await lastLinkTo(app, known.email, '/reset-password/');
    expect(emailsInLog(app.output()).filter((mail) => mail.to === unknown)).toEqual([]);
  });

  it('resets once with the link, ends every session, and refuses the link a second time', async () => {
    const person = await createTestUser(getDatabase());
    const otherDevice = new HttpClient(app.baseUrl);
    await otherDevice.signIn(person);
    await new HttpClient(app.baseUrl).authPost('request-password-reset', {
      email: person.email,
      redirectTo: '/auth/reset-password',
    });
    const link = await lastLinkTo(app, person.email, '/reset-password/');
    const token = new URL(link).pathname.split('/').at(-1) ?? '';

    const reset = await new HttpClient(app.baseUrl).authPost('reset-password', {
      token,
      newPassword: 'brand-new-password',
    });
    expect(reset.status).toBe(200);
    expect(await getDatabase().select().from(session).where(eq(session.userId, person.id))).toEqual([]);
    expect(
      (
        await otherDevice.serverFn('features.user.users.functions.fetchMySessions', {
          method: 'GET',
        })
      ).status,
    ).toBe(401);
    expect(
      (await new HttpClient(app.baseUrl).signIn({ email: person.email, password: 'brand-new-password' }))
        .status,
    ).toBe(200);

    const reused = await new HttpClient(app.baseUrl).authPost('reset-password', {
      token,
      newPassword: 'another-password-1',
    });
    expect(reused.status).toBe(400);
    expect(
      (await new HttpClient(app.baseUrl).signIn({ email: person.email, password: 'another-password-1' }))
        .status,
    ).toBe(401);
  });

  it('refuses an expired reset link', async () => {
    const person = await createTestUser(getDatabase());
    await new HttpClient(app.baseUrl).authPost('request-password-reset', {
      email: person.email,
      redirectTo: '/auth/reset-password',
    });
    const link = await lastLinkTo(app, person.email, '/reset-password/');
    const token = new URL(link).pathname.split('/').at(-1) ?? '';
    await getDatabase()
      .update(verification)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(verification.identifier, `reset-password:${token}`));
    const refused = await new HttpClient(app.baseUrl).authPost('reset-password', {
      token,
      newPassword: 'brand-new-password',
    });
    expect(refused.status).toBe(400);
    expect((await new HttpClient(app.baseUrl).signIn(person)).status).toBe(200);
  });

  it('the reset link expires one hour after it was sent', async () => {
    const person = await createTestUser(getDatabase());
    const before = Date.now();
    await new HttpClient(app.baseUrl).authPost('request-password-reset', {
      email: person.email,
      redirectTo: '/auth/reset-password',
    });
    const link = await lastLinkTo(app, person.email, '/reset-password/');
    const token = new URL(link).pathname.split('/').at(-1) ?? '';
    const [row] = await getDatabase()
      .select()
      .from(verification)
      .where(eq(verification.identifier, `reset-password:${token}`));
    const lifetimeMinutes = ((row?.expiresAt.getTime() ?? 0) - before) / 60_000;
    expect(lifetimeMinutes).toBeGreaterThan(59);
    expect(lifetimeMinutes).toBeLessThanOrEqual(60.1);
  });
});

describe('changing the email address', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app.stop());

  it('takes effect only once the link sent to the new address is opened', async () => {
    const person = await createTestUser(getDatabase());
    const client = new HttpClient(app.baseUrl);
    await client.signIn(person);
    const newEmail = uniqueEmail('moved');
    const request = await client.authPost('change-email', { newEmail, callbackURL: '/settings/profile' });
    expect(request.status).toBe(200);
    const [unchanged] = await getDatabase().select().from(user).where(eq(user.id, person.id));
    expect(unchanged?.email).toBe(person.email);

    const link = new URL(await lastLinkTo(app, newEmail, '/api/auth/verify-email'));
    await client.request(link.pathname + link.search);
    const [changed] = await getDatabase().select().from(user).where(eq(user.id, person.id));
    expect(changed?.email).toBe(newEmail);
  });
});
