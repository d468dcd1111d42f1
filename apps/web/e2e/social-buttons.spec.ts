import { expect, test } from '@playwright/test';
import { type AppServer, startAppServer } from '../tests/support/app-server';

// Google and GitHub cannot be signed in to from this machine: what the browser suite checks is the leg
// that is ours — the buttons appear with the keys, and each sends the browser to its provider with the
// app's client id, its callback, a state and (Google) PKCE. The provider's page is stubbed.
let withKeys: AppServer;

test.beforeAll(async () => {
  withKeys = await startAppServer({
    GOOGLE_CLIENT_ID: 'e2e-google-client.apps.example',
    GOOGLE_CLIENT_SECRET: 'e2e-google-secret',
    GITHUB_CLIENT_ID: 'e2e-github-client',
    GITHUB_CLIENT_SECRET: 'e2e-github-secret',
  });
});

test.afterAll(async () => {
  await withKeys?.stop();
});

const providers = [
  { name: 'Google', host: 'accounts.google.com', clientId: 'e2e-google-client.apps.example', id: 'google' },
  { name: 'GitHub', host: 'github.com', clientId: 'e2e-github-client', id: 'github' },
];

for (const provider of providers) {
  test(`"Continue with ${provider.name}" sends the browser to ${provider.host} for this app`, async ({
    page,
  }) => {
    await page.route(`https://${provider.host}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>provider stub</title>' }),
    );
    await page.goto(`${withKeys.baseUrl}/auth/sign-in?redirect=%2Fsettings`);
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('button', { name: /^Continue with/ })).toHaveText([
      'Continue with Google',
      'Continue with GitHub',
    ]);
    await page.getByRole('button', { name: `Continue with ${provider.name}` }).click();
    await page.waitForURL(`https://${provider.host}/**`);
    const target = new URL(page.url());
    expect(target.searchParams.get('client_id')).toBe(provider.clientId);
    expect(target.searchParams.get('redirect_uri')).toBe(
      `${withKeys.baseUrl}/api/auth/callback/${provider.id}`,
    );
    expect(target.searchParams.get('state')).toBeTruthy();
    if (provider.id === 'google') expect(target.searchParams.get('code_challenge_method')).toBe('S256');
    // The state is bound to this browser.
    const cookies = await page.context().cookies(withKeys.baseUrl);
    expect(cookies.some((cookie) => cookie.name.includes('state'))).toBe(true);
  });
}
