// What a provider's tokens can and cannot do, over HTTP against the production build, with a real
// OpenID provider on 127.0.0.1: an id token posted by a client opens nothing (it skips state, PKCE and
// the browser-bound nonce), and none is kept in clear.
import { getDatabase } from '@kit/database';
import { account, session, user } from '@kit/database/schema';
import { createTestUser } from '@kit/database/testing';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';
import { decodeClaims, type OidcProvider, type ProviderAccount } from './support/oidc-provider';
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

async function rowCounts() {
  const db = getDatabase();
  const [[users], [sessions], [accounts]] = await Promise.all([
    db.select({ n: count() }).from(user),
    db.select({ n: count() }).from(session),
    db.select({ n: count() }).from(account),
  ]);
  return { users: users?.n, sessions: sessions?.n, accounts: accounts?.n };
}

function providerLinks(sub: string) {
  return getDatabase()
    .select()
    .from(account)
    .where(and(eq(account.providerId, 'oidc'), eq(account.accountId, sub)));
}

/** A refusal: a 4xx, no session cookie, no session, and no user, session or account row added. */
async function expectRefusedChangingNothing(
  client: HttpClient,
  response: Response,
  before: Awaited<ReturnType<typeof rowCounts>>,
  label: string,
) {
  expect(response.status, label).toBe(403);
  expect(await response.json(), label).toMatchObject({ code: 'ID_TOKEN_SIGN_IN_DISABLED' });
  expect(client.cookie, label).not.toContain('session_token');
  expect(await signedInEmail(client), label).toBeNull();
  expect(await rowCounts(), label).toEqual(before);
}

/** A token the provider itself signs now for `login`, as its token endpoint would. */
function providerSignedIdToken(login: ProviderAccount, extra: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  return idp.signIdToken({
    iss: idp.issuer,
    aud: idp.clientId,
    sub: login.sub,
    email: login.email,
    email_verified: true,
    name: login.name,
    iat: now,
    exp: now + 600,
    ...extra,
  });
}

describe('id tokens posted by a client', () => {
  it('refuses the id token of a finished OpenID sign-in, replayed from a client without cookies', async () => {
    const person = newProviderAccount();
    const first = new HttpClient(app.baseUrl);
    expect((await signInThroughProvider(first, person)).headers.get('location')).toBe('/dashboard');
    const issued = idp.issuedIdTokens.at(-1) ?? '';
    const claims = decodeClaims(issued);
    expect(claims.sub).toBe(person.sub);
    expect(typeof claims.nonce).toBe('string');

    const before = await rowCounts();
    const attempts: Array<[string, Record<string, unknown>]> = [
      ['without a nonce', { token: issued }],
      ["with the token's own nonce", { token: issued, nonce: claims.nonce }],
      ['with a made-up nonce', { token: issued, nonce: 'attacker-chosen' }],
    ];
    for (const [label, idToken] of attempts) {
      const attacker = new HttpClient(app.baseUrl);
      const response = await attacker.authPost('sign-in/social', {
        provider: 'oidc',
        callbackURL: '/dashboard',
        idToken,
      });
      await expectRefusedChangingNothing(attacker, response, before, label);
    }
  });

  it('refuses a provider-signed id token carrying a nonce the server never issued (a new account too)', async () => {
    const newcomer = newProviderAccount();
    const before = await rowCounts();
    const forgedNonce = 'nonce-the-server-never-issued';
    const attacker = new HttpClient(app.baseUrl);
    const response = await attacker.authPost('sign-in/social', {
      provider: 'oidc',
      idToken: { token: providerSignedIdToken(newcomer, { nonce: forgedNonce }), nonce: forgedNonce },
    });
    await expectRefusedChangingNothing(attacker, response, before, 'forged nonce');
    expect(await getDatabase().select().from(user).where(eq(user.email, newcomer.email))).toEqual([]);
  });

  it('refuses linking a provider account by id token from a signed-in session', async () => {
    const local = await createTestUser(getDatabase());
    const client = await signedInClient(app.baseUrl, local);
    const person = newProviderAccount(local.email);
    const before = await rowCounts();
    const response = await client.authPost('link-social', {
      provider: 'oidc',
      callbackURL: '/settings',
      idToken: { token: providerSignedIdToken(person) },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'ID_TOKEN_SIGN_IN_DISABLED' });
    expect(await rowCounts()).toEqual(before);
    expect(await providerLinks(person.sub)).toEqual([]);
  });
});

describe('tokens kept in the account row', () => {
  it('keeps no id token in clear after a real OpenID sign-in, nor after the next one', async () => {
    const person = newProviderAccount();
    for (const round of ['first sign-in', 'returning sign-in']) {
      const client = new HttpClient(app.baseUrl);
      expect((await signInThroughProvider(client, person)).headers.get('location'), round).toBe('/dashboard');
      const issued = idp.issuedIdTokens.at(-1) ?? '';
      const [row] = await providerLinks(person.sub);
      expect(row, round).toBeDefined();
      const stored = [row?.idToken, row?.accessToken, row?.refreshToken].filter(Boolean).join(' ');
      expect(stored, round).not.toContain(issued);
      // Nothing that reads as a JWT (three base64url parts) at all.
      expect(row?.idToken ?? '', round).not.toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    }
  });
});
