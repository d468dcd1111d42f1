// Every way to sign in as a user with two-factor on asks for the second factor (or is two factors itself),
// over HTTP against the production build: a provider sign-in (a real OpenID provider on 127.0.0.1) and
// the emailed verification link land on the two-factor step with no session; the code then signs in.
// Passkeys (user verification): passkeys.test.ts. Magic links: magic-link.test.ts.
import { base32 } from '@better-auth/utils/base32';
import { createOTP } from '@better-auth/utils/otp';
import { getDatabase } from '@kit/database';
import { session, user } from '@kit/database/schema';
import { createTestUser, type TestUser } from '@kit/database/testing';
import { createEmailVerificationToken } from 'better-auth/api';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, TEST_SECRET } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';
import type { OidcProvider, ProviderAccount } from './support/oidc-provider';
import {
  type ProviderApp,
  providerAccount,
  signedInEmail,
  signInWithProvider,
  startProviderApp,
} from './support/provider-app';

let world: ProviderApp;
let app: AppServer;
let idp: OidcProvider;

beforeAll(async () => {
  world = await startProviderApp();
  ({ app, idp } = world);
});
afterAll(() => world?.stop());

const newProviderAccount = (email?: string) => providerAccount(idp, email);
const signInThroughProvider = (client: HttpClient, login: ProviderAccount) =>
  signInWithProvider(world, client, login);

function sessionsOf(userId: string) {
  return getDatabase().select().from(session).where(eq(session.userId, userId));
}

/** The answer sends the browser to the two-factor page, back to `/dashboard` after, with no session. */
async function expectTwoFactorStep(client: HttpClient, response: Response, userId: string) {
  expect(response.status).toBe(302);
  const landing = new URL(response.headers.get('location') ?? '', app.baseUrl);
  expect(landing.origin).toBe(app.baseUrl);
  expect(landing.pathname).toBe('/auth/two-factor');
  expect(landing.searchParams.get('redirect')).toBe('/dashboard');
  expect(client.cookie).not.toContain('session_token');
  expect(client.cookie).toContain('two_factor=');
  expect(await signedInEmail(client)).toBeNull();
  expect(await sessionsOf(userId)).toEqual([]);
  expect((await client.request('/dashboard')).status).toBe(307);
}

/** Turns two-factor on over HTTP as the settings page does; returns the authenticator app's key. */
async function enableTwoFactor(client: HttpClient, person: TestUser): Promise<string> {
  const enabled = await client.authPost('two-factor/enable', { password: person.password });
  expect(enabled.status).toBe(200);
  const { totpURI } = (await enabled.json()) as { totpURI: string };
  const key = new URL(totpURI).searchParams.get('secret') ?? '';
  const confirmed = await client.authPost('two-factor/verify-totp', { code: await totpFor(key) });
  expect(confirmed.status).toBe(200);
  return key;
}

function totpFor(key: string): Promise<string> {
  return createOTP(base32.decode(key)).totp();
}

describe('a user with two-factor on', () => {
  it('a provider sign-in opens no session and lands on the two-factor step; the code then signs in', async () => {
    const local = await createTestUser(getDatabase());
    const person = newProviderAccount(local.email);
    // Linked while two-factor was off (a returning sign-in is bound by the provider's subject).
    expect((await signInThroughProvider(new HttpClient(app.baseUrl), person)).headers.get('location')).toBe(
      '/dashboard',
    );
    const key = await enableTwoFactor(await signedInClient(app.baseUrl, local), local);
    await getDatabase().delete(session).where(eq(session.userId, local.id));

    const client = new HttpClient(app.baseUrl);
    await expectTwoFactorStep(client, await signInThroughProvider(client, person), local.id);

    // A wrong code opens nothing; the right one signs in.
    const wrong = await client.authPost('two-factor/verify-totp', { code: '000000' });
    expect(wrong.status).toBe(401);
    expect(client.cookie).not.toContain('session_token');
    const verified = await client.authPost('two-factor/verify-totp', { code: await totpFor(key) });
    expect(verified.status).toBe(200);
    expect(client.cookie).toContain('session_token=');
    expect(await signedInEmail(client)).toBe(local.email);
  });

  it('the emailed verification link (which signs in) lands on the two-factor step too', async () => {
    // A user who turned two-factor on before confirming its address (REQUIRE_EMAIL_VERIFICATION=false).
    const local = await createTestUser(getDatabase());
    await getDatabase()
      .update(user)
      .set({ emailVerified: false, twoFactorEnabled: true })
      .where(eq(user.id, local.id));
    const token = await createEmailVerificationToken(TEST_SECRET, local.email);
    const client = new HttpClient(app.baseUrl);
    const followed = await client.request(
      `/api/auth/verify-email?token=${encodeURIComponent(token)}&callbackURL=${encodeURIComponent('/dashboard')}`,
    );
    await expectTwoFactorStep(client, followed, local.id);
    // The address is confirmed all the same.
    expect((await getDatabase().select().from(user).where(eq(user.id, local.id)))[0]?.emailVerified).toBe(
      true,
    );
  });
});
