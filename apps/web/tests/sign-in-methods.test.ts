// Issue 10: which sign-in methods a server offers follows the config object and the keys that are set.
// A fork with no keys sees email + password and the magic link; Google and GitHub appear with their keys.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, runAppServerExpectingExit, startAppServer, TEST_SECRET } from './support/app-server';
import { HttpClient } from './support/http-client';

const PROVIDER_KEYS = {
  GOOGLE_CLIENT_ID: 'google-client-id.apps.example',
  GOOGLE_CLIENT_SECRET: 'google-client-secret',
  GITHUB_CLIENT_ID: 'github-client-id',
  GITHUB_CLIENT_SECRET: 'github-client-secret',
};

async function signInPage(app: AppServer): Promise<string> {
  const response = await fetch(`${app.baseUrl}/auth/sign-in`);
  expect(response.status).toBe(200);
  return response.text();
}

describe('sign-in methods offered (production build)', () => {
  describe('with no provider keys', () => {
    let app: AppServer;
    beforeAll(async () => {
      app = await startAppServer();
    });
    afterAll(() => app.stop());

    it('offers email + password and the magic link, and no provider button', async () => {
      const html = await signInPage(app);
      expect(html).toContain('name="password"');
      expect(html).toContain('href="/auth/magic-link"');
      expect(html).not.toContain('Continue with');
      expect(html).not.toContain('Sign in with a passkey');
      // Passkeys are offered in the email field's autofill.
      expect(html).toMatch(/autoComplete="email webauthn"|autocomplete="email webauthn"/);
      const signUp = await (await fetch(`${app.baseUrl}/auth/sign-up`)).text();
      expect(signUp).not.toContain('Continue with');
    });

    it('refuses to start a provider sign-in that is not configured', async () => {
      const client = new HttpClient(app.baseUrl);
      const response = await client.authPost('sign-in/social', {
        provider: 'google',
        callbackURL: '/dashboard',
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    });
  });

  describe('with Google and GitHub keys', () => {
    let app: AppServer;
    beforeAll(async () => {
      app = await startAppServer(PROVIDER_KEYS);
    });
    afterAll(() => app.stop());

    it('shows their buttons on the sign-in and sign-up pages', async () => {
      const html = await signInPage(app);
      expect(html).toContain('Continue with Google');
      expect(html).toContain('Continue with GitHub');
      const signUp = await (await fetch(`${app.baseUrl}/auth/sign-up`)).text();
      expect(signUp).toContain('Continue with Google');
      expect(signUp).toContain('Continue with GitHub');
    });

    it('sends the browser to each provider with its client id, our callback, a state and PKCE', async () => {
      const expectations = [
        { provider: 'google', host: 'accounts.google.com', clientId: PROVIDER_KEYS.GOOGLE_CLIENT_ID },
        { provider: 'github', host: 'github.com', clientId: PROVIDER_KEYS.GITHUB_CLIENT_ID },
      ];
      for (const { provider, host, clientId } of expectations) {
        const client = new HttpClient(app.baseUrl);
        const response = await client.authPost('sign-in/social', { provider, callbackURL: '/dashboard' });
        expect(response.status).toBe(200);
        const { url } = (await response.json()) as { url: string };
        const target = new URL(url);
        expect(target.host).toBe(host);
        expect(target.searchParams.get('client_id')).toBe(clientId);
        expect(target.searchParams.get('redirect_uri')).toBe(`${app.baseUrl}/api/auth/callback/${provider}`);
        expect(target.searchParams.get('state')).toBeTruthy();
        if (provider === 'google') expect(target.searchParams.get('code_challenge_method')).toBe('S256');
        // The state is bound to this browser by a cookie.
        expect(client.cookie).toMatch(/state/);
      }
    });

    it('refuses a callback URL on another origin, and sets no state', async () => {
      for (const field of ['callbackURL', 'errorCallbackURL', 'newUserCallbackURL']) {
        const client = new HttpClient(app.baseUrl);
        const response = await client.authPost('sign-in/social', {
          provider: 'google',
          callbackURL: '/dashboard',
          [field]: 'https://evil.example/steal',
        });
        expect(response.status).toBe(403);
        expect(client.cookie).not.toMatch(/state/);
      }
    });
  });

  it("refuses to start with half of a provider's keys, naming what is missing", async () => {
    const result = await runAppServerExpectingExit({
      DATABASE_URL: process.env.DATABASE_URL,
      BETTER_AUTH_SECRET: TEST_SECRET,
      BETTER_AUTH_URL: 'http://localhost:3999',
      GITHUB_CLIENT_ID: 'only-the-id',
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('GitHub sign-in is half configured: set GITHUB_CLIENT_SECRET too');
  });
});
