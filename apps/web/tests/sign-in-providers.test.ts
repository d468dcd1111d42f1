// Sign-in and account linking with an OpenID provider, over HTTP against the production build, with a
// real provider (oidc-provider) on 127.0.0.1. Every refusal is checked to have changed nothing: no
// session cookie, and no user, session, account or verification row added.
import { getDatabase } from '@kit/database';
import { account, session, user, verification } from '@kit/database/schema';
import { createTestUser } from '@kit/database/testing';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, freePort, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';
import { type OidcProvider, type ProviderAccount, startOidcProvider } from './support/oidc-provider';
import { signedInEmail } from './support/provider-app';

const EVIL = 'https://evil.example/x';

let app: AppServer;
let idp: OidcProvider;
/** Another provider with the same client id and secret: its issuer is not the one the app trusts. */
let otherIdp: OidcProvider;

beforeAll(async () => {
  // The provider registers the app's callback URL, so the app's port is chosen first.
  const port = await freePort();
  const appBaseUrl = `http://localhost:${port}`;
  idp = await startOidcProvider({ appBaseUrl });
  otherIdp = await startOidcProvider({ appBaseUrl, clientId: idp.clientId, clientSecret: idp.clientSecret });
  app = await startAppServer(
    {
      OIDC_DISCOVERY_URL: idp.discoveryUrl,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_PROVIDER_NAME: 'Test IdP',
    },
    { port },
  );
});
afterAll(async () => {
  await app?.stop();
  await Promise.all([idp?.stop(), otherIdp?.stop()]);
});

function uniqueEmail(prefix: string) {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}@example.test`;
}

function providerAccount(emailVerified: boolean, email = uniqueEmail('idp')): ProviderAccount {
  const account = { sub: `sub-${crypto.randomUUID()}`, email, emailVerified, name: 'Provider Person' };
  idp.addAccount(account);
  otherIdp.addAccount(account);
  return account;
}

/** Asks the app to start the OpenID sign-in; returns the provider's authorization URL. */
async function startSignIn(client: HttpClient, body: Record<string, unknown> = {}): Promise<string> {
  const response = await client.authPost('sign-in/social', {
    provider: 'oidc',
    callbackURL: '/dashboard',
    errorCallbackURL: '/auth/sign-in',
    ...body,
  });
  expect(response.status).toBe(200);
  const { url } = (await response.json()) as { url: string };
  expect(url.startsWith(`${idp.issuer}/`)).toBe(true);
  return url;
}

/** Follows the provider's redirect back into the app (the callback URL is the app's own). */
function returnToApp(client: HttpClient, callbackUrl: string | URL): Promise<Response> {
  const url = new URL(callbackUrl);
  expect(url.origin).toBe(app.baseUrl);
  return client.request(url.pathname + url.search);
}

/** Sign-in started in the app and the login at the provider: the callback URL it sends back (to tamper with). */
async function providerCallback(client: HttpClient, login: ProviderAccount): Promise<URL> {
  return new URL(await idp.completeLoginOverHttp(await startSignIn(client), { login: login.sub }));
}

/** The whole dance: sign-in started in the app, login at the provider, back to the app. */
async function signInWithProvider(client: HttpClient, login: ProviderAccount): Promise<Response> {
  return returnToApp(client, await providerCallback(client, login));
}

/** The `error` of a refusal's redirect, after checking it goes to the app itself. */
function errorOf(response: Response): string | null {
  expect(response.status).toBe(302);
  const location = new URL(response.headers.get('location') ?? '', app.baseUrl);
  expect(location.origin).toBe(app.baseUrl);
  return location.searchParams.get('error');
}

/** What a sign-in or link adds; a refusal adds none. (Verification rows hold the OAuth state: the
 * callback uses its row up, refused or not.) */
async function rowCounts(options: { withVerifications?: boolean } = {}) {
  const db = getDatabase();
  const [[users], [sessions], [accounts], [verifications]] = await Promise.all([
    db.select({ n: count() }).from(user),
    db.select({ n: count() }).from(session),
    db.select({ n: count() }).from(account),
    options.withVerifications ? db.select({ n: count() }).from(verification) : [undefined],
  ]);
  return { users: users?.n, sessions: sessions?.n, accounts: accounts?.n, verifications: verifications?.n };
}

function usersWithEmail(email: string) {
  return getDatabase().select().from(user).where(eq(user.email, email));
}

function providerLinks(sub: string) {
  return getDatabase()
    .select()
    .from(account)
    .where(and(eq(account.providerId, 'oidc'), eq(account.accountId, sub)));
}

function sessionsOf(userId: string) {
  return getDatabase().select().from(session).where(eq(session.userId, userId));
}

/** A refusal leaves no session cookie and no new user, session or account row. */
async function expectNothingChanged(
  client: HttpClient,
  before: Awaited<ReturnType<typeof rowCounts>>,
): Promise<void> {
  expect(client.cookie).not.toContain('session_token');
  expect(await signedInEmail(client)).toBeNull();
  expect(await rowCounts()).toEqual(before);
}

describe('sign-in with the OpenID provider', () => {
  it('creates a verified user with the provider account and signs in; the next sign-in finds the same user', async () => {
    const person = providerAccount(true);
    const client = new HttpClient(app.baseUrl);
    const back = await signInWithProvider(client, person);
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toBe('/dashboard');
    expect(client.cookie).toContain('kit.session_token=');
    expect(await signedInEmail(client)).toBe(person.email);
    // Signed in as a new user: the app's pages send them through onboarding first.
    expect((await client.request('/dashboard')).headers.get('location')).toBe('/onboarding');
    expect((await client.request('/onboarding/organization')).status).toBe(200);

    const [created] = await usersWithEmail(person.email);
    expect(created).toMatchObject({ emailVerified: true, name: person.name });
    const links = await providerLinks(person.sub);
    expect(links).toHaveLength(1);
    expect(links[0]?.userId).toBe(created?.id);

    const again = new HttpClient(app.baseUrl);
    expect((await signInWithProvider(again, person)).status).toBe(302);
    expect(await signedInEmail(again)).toBe(person.email);
    expect(await usersWithEmail(person.email)).toHaveLength(1);
    expect(await providerLinks(person.sub)).toHaveLength(1);
    expect(await sessionsOf(created?.id ?? '')).toHaveLength(2);
  });

  it('links the provider account to the verified local account with the same verified email', async () => {
    const local = await createTestUser(getDatabase());
    const person = providerAccount(true, local.email);
    const client = new HttpClient(app.baseUrl);
    const back = await signInWithProvider(client, person);
    expect(back.headers.get('location')).toBe('/dashboard');
    expect(await signedInEmail(client)).toBe(local.email);
    expect(await usersWithEmail(local.email)).toHaveLength(1);
    expect((await providerLinks(person.sub)).map((link) => link.userId)).toEqual([local.id]);
    expect(await sessionsOf(local.id)).toHaveLength(1);
  });

  it('does not join a local account that has two-factor on: its owner links the provider from settings', async () => {
    const local = await createTestUser(getDatabase());
    await getDatabase().update(user).set({ twoFactorEnabled: true }).where(eq(user.id, local.id));
    const person = providerAccount(true, local.email);
    const before = await rowCounts();
    const client = new HttpClient(app.baseUrl);
    const back = await signInWithProvider(client, person);
    expect(errorOf(back)).toBe('two_factor_required');
    await expectNothingChanged(client, before);
    expect(await providerLinks(person.sub)).toEqual([]);
  });

  it('refuses a callback whose state was tampered with, or that comes without the state cookie', async () => {
    const person = providerAccount(true);
    const before = await rowCounts();

    const tampering = new HttpClient(app.baseUrl);
    const callback = await providerCallback(tampering, person);
    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    expect(errorOf(await returnToApp(tampering, callback))).toBe('state_mismatch');
    await expectNothingChanged(tampering, before);

    // Another browser (the attacker's callback planted in the victim's): the state is real, its cookie absent.
    const starter = new HttpClient(app.baseUrl);
    const planted = await providerCallback(starter, person);
    const victim = new HttpClient(app.baseUrl);
    expect(errorOf(await returnToApp(victim, planted))).toBe('state_mismatch');
    await expectNothingChanged(victim, before);

    const noState = new URL(planted);
    noState.searchParams.delete('state');
    expect(errorOf(await returnToApp(victim, noState))).toBe('state_not_found');
    await expectNothingChanged(victim, before);
    expect(await usersWithEmail(person.email)).toEqual([]);
  });

  it('accepts a callback once: the same code and state a second time are refused', async () => {
    const person = providerAccount(true);
    const client = new HttpClient(app.baseUrl);
    const callback = await providerCallback(client, person);
    const stateCookie = client.cookie;
    expect((await returnToApp(client, callback)).headers.get('location')).toBe('/dashboard');
    const before = await rowCounts();
    const replay = new HttpClient(app.baseUrl);
    replay.cookie = stateCookie;
    expect(errorOf(await returnToApp(replay, callback))).toBe('state_mismatch');
    await expectNothingChanged(replay, before);
  });

  it('refuses a callback without iss from a provider that advertises it (RFC 9207), changing nothing', async () => {
    const person = providerAccount(true);
    const before = await rowCounts();
    const client = new HttpClient(app.baseUrl);
    const callback = await providerCallback(client, person);
    expect(callback.searchParams.get('iss')).toBe(idp.issuer);
    callback.searchParams.delete('iss');
    expect(errorOf(await returnToApp(client, callback))).toBe('issuer_missing');
    await expectNothingChanged(client, before);
    expect(await usersWithEmail(person.email)).toEqual([]);
  });

  it('refuses a callback whose iss is another issuer, and a code from another provider', async () => {
    const person = providerAccount(true);
    const before = await rowCounts();

    const client = new HttpClient(app.baseUrl);
    const callback = await providerCallback(client, person);
    expect(callback.searchParams.get('iss')).toBe(idp.issuer);
    callback.searchParams.set('iss', otherIdp.issuer);
    expect(errorOf(await returnToApp(client, callback))).toBe('issuer_mismatch');
    await expectNothingChanged(client, before);

    // Mix-up: the app's authorization request answered by the other provider (same client id).
    const answeredElsewhere = async (client: HttpClient) => {
      const request = new URL(await startSignIn(client));
      const atOther = new URL(request.pathname + request.search, otherIdp.issuer);
      return new URL(await otherIdp.completeLoginOverHttp(atOther.toString(), { login: person.sub }));
    };
    const mixedUp = new HttpClient(app.baseUrl);
    const otherCallback = await answeredElsewhere(mixedUp);
    expect(otherCallback.searchParams.get('iss')).toBe(otherIdp.issuer);
    expect(errorOf(await returnToApp(mixedUp, otherCallback))).toBe('issuer_mismatch');
    await expectNothingChanged(mixedUp, before);
    // With its iss rewritten to the trusted issuer, the other provider's code fails at the trusted token
    // endpoint (a new request: the state of the first was used up).
    const rewritten = new HttpClient(app.baseUrl);
    const disguised = await answeredElsewhere(rewritten);
    disguised.searchParams.set('iss', idp.issuer);
    expect(errorOf(await returnToApp(rewritten, disguised))).toBe('invalid_code');
    await expectNothingChanged(rewritten, before);
    expect(await usersWithEmail(person.email)).toEqual([]);
  });

  describe('the id_token is verified against the discovery document', () => {
    afterAll(() => idp.forgeIdTokens(undefined));

    async function signInWithForgedIdToken(forge: Parameters<OidcProvider['forgeIdTokens']>[0]) {
      const person = providerAccount(true);
      const before = await rowCounts();
      idp.forgeIdTokens(forge);
      const client = new HttpClient(app.baseUrl);
      try {
        const back = await signInWithProvider(client, person);
        return { person, client, back, before };
      } finally {
        idp.forgeIdTokens(undefined);
      }
    }

    it('signs in with the provider id_token re-signed unchanged (the forging itself breaks nothing)', async () => {
      const { client, person, back } = await signInWithForgedIdToken((claims) => idp.signIdToken(claims));
      expect(back.headers.get('location')).toBe('/dashboard');
      expect(await signedInEmail(client)).toBe(person.email);
    });

    const forgeries: Array<[string, Parameters<OidcProvider['forgeIdTokens']>[0]]> = [
      [
        'an id_token of another issuer, signed by that issuer',
        (claims) => otherIdp.signIdToken({ ...claims, iss: otherIdp.issuer }),
      ],
      [
        'an id_token naming another issuer, signed with the provider key',
        (claims) => idp.signIdToken({ ...claims, iss: otherIdp.issuer }),
      ],
      ['an id_token for another client', (claims) => idp.signIdToken({ ...claims, aud: 'another-client' })],
      ['an id_token with another nonce', (claims) => idp.signIdToken({ ...claims, nonce: 'not-the-nonce' })],
      [
        'an expired id_token',
        (claims) => idp.signIdToken({ ...claims, exp: Math.floor(Date.now() / 1000) - 120 }),
      ],
      [
        'an id_token signed with a key the provider does not publish',
        (claims) => idp.signWithUnknownKey(claims),
      ],
    ];
    it.each(forgeries)('refuses %s', async (_name, forge) => {
      const { client, person, back, before } = await signInWithForgedIdToken(forge);
      expect(errorOf(back)).toBe('unable_to_get_user_info');
      await expectNothingChanged(client, before);
      expect(await usersWithEmail(person.email)).toEqual([]);
    });
  });

  it('refuses a banned user who signs in through the provider, opening no session', async () => {
    const local = await createTestUser(getDatabase());
    const person = providerAccount(true, local.email);
    // Linked while allowed, then banned.
    await signInWithProvider(new HttpClient(app.baseUrl), person);
    await getDatabase().update(user).set({ banned: true }).where(eq(user.id, local.id));
    await getDatabase().delete(session).where(eq(session.userId, local.id));
    const client = new HttpClient(app.baseUrl);
    const back = await signInWithProvider(client, person);
    expect(back.status).toBe(302);
    const landing = new URL(back.headers.get('location') ?? '', app.baseUrl);
    expect(landing.pathname).toBe('/auth/sign-in');
    expect(landing.searchParams.get('error')).toBe('BANNED_USER');
    expect(client.cookie).not.toContain('session_token');
    expect(await sessionsOf(local.id)).toEqual([]);
  });

  it('refuses a provider account whose email the provider has not verified, with no local account', async () => {
    const person = providerAccount(false);
    const before = await rowCounts();
    const client = new HttpClient(app.baseUrl);
    const back = await signInWithProvider(client, person);
    expect(back.headers.get('location')).toMatch(/^\/auth\/sign-in\?/);
    expect(errorOf(back)).toBe('provider_email_not_verified');
    await expectNothingChanged(client, before);
    expect(await usersWithEmail(person.email)).toEqual([]);
    expect(await providerLinks(person.sub)).toEqual([]);
  });

  it('does not link an unverified provider email to the verified local account with that email', async () => {
    const local = await createTestUser(getDatabase());
    const person = providerAccount(false, local.email);
    const before = await rowCounts();
    const client = new HttpClient(app.baseUrl);
    expect(errorOf(await signInWithProvider(client, person))).toBe('account_not_linked');
    await expectNothingChanged(client, before);
    expect(await providerLinks(person.sub)).toEqual([]);
    expect(await sessionsOf(local.id)).toEqual([]);
  });

  it('does not link a verified provider email to a local account whose email is unverified', async () => {
    const email = uniqueEmail('squatted');
    const signUp = await new HttpClient(app.baseUrl).authPost('sign-up/email', {
      email,
      password: 'password-1234',
      name: 'Unverified Local',
    });
    expect(signUp.status).toBe(200);
    const [local] = await usersWithEmail(email);
    expect(local?.emailVerified).toBe(false);
    const person = providerAccount(true, email);
    const before = await rowCounts();
    const client = new HttpClient(app.baseUrl);
    expect(errorOf(await signInWithProvider(client, person))).toBe('account_not_linked');
    await expectNothingChanged(client, before);
    expect(await providerLinks(person.sub)).toEqual([]);
    expect((await usersWithEmail(email))[0]?.emailVerified).toBe(false);
  });

  it('refuses to start a sign-in that would return to another origin, setting no state', async () => {
    const before = await rowCounts({ withVerifications: true });
    for (const field of ['callbackURL', 'errorCallbackURL', 'newUserCallbackURL']) {
      const client = new HttpClient(app.baseUrl);
      const response = await client.authPost('sign-in/social', {
        provider: 'oidc',
        callbackURL: '/dashboard',
        [field]: EVIL,
      });
      expect(response.status, field).toBe(403);
      expect(response.headers.get('location')).toBeNull();
      expect(client.cookie, field).toBe('');
    }
    expect(await rowCounts({ withVerifications: true })).toEqual(before);
  });
});

describe('linking the provider account from a signed-in session', () => {
  const signedIn = (person: { email: string; password: string }) => signedInClient(app.baseUrl, person);

  async function startLink(client: HttpClient): Promise<string> {
    const response = await client.authPost('link-social', {
      provider: 'oidc',
      callbackURL: '/settings',
      errorCallbackURL: '/settings/account',
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { url: string }).url;
  }

  async function linkWithProvider(client: HttpClient, login: ProviderAccount): Promise<Response> {
    const callback = await idp.completeLoginOverHttp(await startLink(client), { login: login.sub });
    return returnToApp(client, callback);
  }

  async function listAccounts(client: HttpClient) {
    const response = await client.request('/api/auth/list-accounts', { headers: { origin: client.origin } });
    expect(response.status).toBe(200);
    return (await response.json()) as Array<{ id: string; providerId: string; accountId: string }>;
  }

  it('links a provider account with the same verified email; list-accounts shows it', async () => {
    const local = await createTestUser(getDatabase());
    const client = await signedIn(local);
    const person = providerAccount(true, local.email);
    const back = await linkWithProvider(client, person);
    expect(back.headers.get('location')).toBe('/settings');
    expect((await providerLinks(person.sub)).map((link) => link.userId)).toEqual([local.id]);
    const accounts = await listAccounts(client);
    expect(accounts.map((entry) => entry.providerId).sort()).toEqual(['credential', 'oidc']);
    expect(accounts.find((entry) => entry.providerId === 'oidc')?.accountId).toBe(person.sub);
    // Signing in with the provider now opens a session of the local account.
    const viaProvider = new HttpClient(app.baseUrl);
    await signInWithProvider(viaProvider, person);
    expect(await signedInEmail(viaProvider)).toBe(local.email);
  });

  it('links from settings for an account with two-factor on (the session already passed it)', async () => {
    const local = await createTestUser(getDatabase());
    const client = await signedIn(local);
    await getDatabase().update(user).set({ twoFactorEnabled: true }).where(eq(user.id, local.id));
    const person = providerAccount(true, local.email);
    const back = await linkWithProvider(client, person);
    expect(back.headers.get('location')).toBe('/settings');
    expect((await providerLinks(person.sub)).map((link) => link.userId)).toEqual([local.id]);
  });

  it('refuses to link a provider account with another email, or an unverified one', async () => {
    const local = await createTestUser(getDatabase());
    const client = await signedIn(local);
    const cases: Array<[ProviderAccount, string]> = [
      [providerAccount(true), 'email_does_not_match'],
      [providerAccount(false, local.email), 'provider_email_not_verified'],
    ];
    for (const [person, error] of cases) {
      const before = await rowCounts();
      const back = await linkWithProvider(client, person);
      expect(back.headers.get('location')).toMatch(/^\/settings\/account\?/);
      expect(errorOf(back)).toBe(error);
      expect(await rowCounts()).toEqual(before);
      expect(await providerLinks(person.sub)).toEqual([]);
    }
    expect((await listAccounts(client)).map((entry) => entry.providerId)).toEqual(['credential']);
  });

  it('refuses to link a provider account already linked to another user', async () => {
    const first = await createTestUser(getDatabase());
    const person = providerAccount(true, first.email);
    await linkWithProvider(await signedIn(first), person);
    const second = await createTestUser(getDatabase());
    const client = await signedIn(second);
    // The same provider subject, now claiming the second user's address.
    idp.addAccount({ ...person, email: second.email });
    const before = await rowCounts();
    expect(errorOf(await linkWithProvider(client, person))).toBe('account_already_linked_to_different_user');
    expect(await rowCounts()).toEqual(before);
    expect((await providerLinks(person.sub)).map((link) => link.userId)).toEqual([first.id]);
  });

  it('refuses linking and unlinking on a session older than 10 minutes, changing nothing', async () => {
    const local = await createTestUser(getDatabase());
    const client = await signedIn(local);
    const person = providerAccount(true, local.email);
    expect((await linkWithProvider(client, person)).headers.get('location')).toBe('/settings');
    await getDatabase()
      .update(session)
      .set({ createdAt: new Date(Date.now() - 11 * 60_000) })
      .where(eq(session.userId, local.id));
    const link = await client.authPost('link-social', { provider: 'oidc', callbackURL: '/settings' });
    const [linked] = await providerLinks(person.sub);
    const unlink = await client.authPost('unlink-account', { accountId: linked?.id });
    for (const refused of [link, unlink]) {
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { code?: string }).code).toBe('SESSION_NOT_FRESH');
    }
    expect(await providerLinks(person.sub)).toHaveLength(1);
  });

  it('refuses to start a link that would return to another origin', async () => {
    const local = await createTestUser(getDatabase());
    const client = await signedIn(local);
    const cookie = client.cookie;
    const before = await rowCounts({ withVerifications: true });
    for (const field of ['callbackURL', 'errorCallbackURL']) {
      const response = await client.authPost('link-social', {
        provider: 'oidc',
        callbackURL: '/settings',
        [field]: EVIL,
      });
      expect(response.status, field).toBe(403);
      expect(client.cookie, field).toBe(cookie);
    }
    expect(await rowCounts({ withVerifications: true })).toEqual(before);
  });

  it('unlinks one of two accounts but refuses to unlink the last one', async () => {
    const local = await createTestUser(getDatabase());
    const client = await signedIn(local);
    const person = providerAccount(true, local.email);
    await linkWithProvider(client, person);
    const oidcAccount = (await listAccounts(client)).find((entry) => entry.providerId === 'oidc');
    const unlinked = await client.authPost('unlink-account', {
      providerId: 'oidc',
      accountId: oidcAccount?.id,
    });
    expect(unlinked.status).toBe(200);
    expect((await listAccounts(client)).map((entry) => entry.providerId)).toEqual(['credential']);
    expect(await providerLinks(person.sub)).toEqual([]);

    // A user who signed up with the provider has no other account to fall back on.
    const only = providerAccount(true);
    const providerOnly = new HttpClient(app.baseUrl);
    await signInWithProvider(providerOnly, only);
    const [onlyAccount] = await listAccounts(providerOnly);
    expect(onlyAccount?.providerId).toBe('oidc');
    const refused = await providerOnly.authPost('unlink-account', {
      providerId: 'oidc',
      accountId: onlyAccount?.id,
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: 'FAILED_TO_UNLINK_LAST_ACCOUNT' });
    expect(await providerLinks(only.sub)).toHaveLength(1);
  });
});
