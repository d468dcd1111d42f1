// The id-token gate inside a real better-auth (PostgreSQL test database), with a stand-in Google
// provider whose "id token" is valid when it carries the nonce given to verifyIdToken: what the
// provider's SDK does when the browser hands it the nonce. The app's own build has the switch off; the
// HTTP suite (apps/web/tests/sign-in-provider-tokens.test.ts) attacks that.
import { getDatabase } from '@kit/database';
import * as schema from '@kit/database/schema';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { describe, expect, it } from 'vitest';
import { ID_TOKEN_NONCE_INVALID, ID_TOKEN_SIGN_IN_DISABLED, idTokenSignIn } from './id-token-sign-in';

const BASE_URL = 'http://localhost:3000';

function authWith(enabled: boolean) {
  return betterAuth({
    baseURL: BASE_URL,
    secret: 'id-token-test-secret-id-token-test-secret',
    database: drizzleAdapter(getDatabase(), { provider: 'pg', schema }),
    advanced: { database: { generateId: () => crypto.randomUUID() } },
    socialProviders: {
      google: {
        clientId: 'client',
        clientSecret: 'secret',
        verifyIdToken: async (token, nonce) => Boolean(nonce) && token === `token-with-nonce:${nonce}`,
        getUserInfo: async () => {
          const sub = `google-${crypto.randomUUID()}`;
          const email = `${sub}@example.test`;
          const now = Math.floor(Date.now() / 1000);
          return {
            user: { email, emailVerified: true, name: 'Id Token Person' },
            data: {
              sub,
              email,
              email_verified: true,
              name: 'Id Token Person',
              given_name: 'Id',
              family_name: 'Token',
              picture: '',
              aud: 'client',
              azp: 'client',
              iss: 'https://accounts.google.com',
              iat: now,
              exp: now + 600,
            },
          };
        },
      },
    },
    plugins: [idTokenSignIn(enabled)],
  });
}

type TestAuth = ReturnType<typeof authWith>;

async function post(auth: TestAuth, path: string, body: unknown, cookie = '') {
  const response = await auth.handler(
    new Request(`${BASE_URL}/api/auth/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: BASE_URL, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    }),
  );
  const setCookies = response.headers.getSetCookie();
  const text = await response.text();
  return { response, setCookies, json: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

/** A browser's nonce: the value for the provider's SDK and the cookie that binds it to the browser. */
async function issuedNonce(auth: TestAuth): Promise<{ nonce: string; cookie: string }> {
  const { response, setCookies, json } = await post(auth, 'id-token/nonce', {});
  expect(response.status).toBe(200);
  const cookie = setCookies.find((header) => header.includes('id_token_nonce='))?.split(';')[0] ?? '';
  expect(cookie).not.toBe('');
  return { nonce: String(json?.nonce), cookie };
}

const signInBody = (nonce: string | undefined, tokenNonce = nonce) => ({
  provider: 'google',
  idToken: { token: `token-with-nonce:${tokenNonce}`, ...(nonce ? { nonce } : {}) },
});

describe('id-token sign-in', () => {
  it('is refused while switched off, and offers no nonce', async () => {
    const auth = authWith(false);
    const signIn = await post(auth, 'sign-in/social', signInBody('any'));
    expect(signIn.response.status).toBe(403);
    expect(signIn.json).toMatchObject({ code: ID_TOKEN_SIGN_IN_DISABLED });
    expect(signIn.setCookies.join()).not.toContain('session_token');
    expect((await post(auth, 'id-token/nonce', {})).response.status).toBe(404);
  });

  it('switched on, signs in only with a nonce this server issued to this browser, once', async () => {
    const auth = authWith(true);
    const refused = async (result: Awaited<ReturnType<typeof post>>) => {
      expect(result.response.status).toBe(403);
      expect(result.json).toMatchObject({ code: ID_TOKEN_NONCE_INVALID });
      expect(result.setCookies.join()).not.toContain('session_token');
    };
    // No nonce, or one the client made up (the token carries it: the SDK was handed it).
    await refused(await post(auth, 'sign-in/social', signInBody(undefined, 'made-up')));
    await refused(await post(auth, 'sign-in/social', signInBody('made-up')));
    // Another browser's nonce with this browser's cookie.
    const mine = await issuedNonce(auth);
    const theirs = await issuedNonce(auth);
    await refused(await post(auth, 'sign-in/social', signInBody(theirs.nonce), mine.cookie));

    const browser = await issuedNonce(auth);
    const signedIn = await post(auth, 'sign-in/social', signInBody(browser.nonce), browser.cookie);
    expect(signedIn.response.status).toBe(200);
    expect(signedIn.setCookies.join()).toContain('session_token=');
    // The same nonce and cookie again (a replay of the whole request): used up.
    await refused(await post(auth, 'sign-in/social', signInBody(browser.nonce), browser.cookie));
  });
});
