import { expect, type Page, test } from '@playwright/test';
import { type AppServer, startAppServer } from '../tests/support/app-server';
import { OIDC_PROVIDER_NAME } from './support/oidc';
import { credentialRequests, recordCredentialRequests } from './support/webauthn';

// The end-to-end server has an OpenID provider configured (global setup); what a server without any
// provider keys offers is checked on a second one, over the same database.
let keyless: AppServer;

test.beforeAll(async () => {
  keyless = await startAppServer();
});

test.afterAll(async () => {
  await keyless?.stop();
});

/** Opens the sign-in page and waits until the passkey hook has asked for passkeys through autofill. */
async function openSignIn(page: Page, url: string): Promise<void> {
  await recordCredentialRequests(page);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  // Chromium offers passkeys in autofill: the page asks that way, and needs no passkey button.
  expect(await page.evaluate(() => PublicKeyCredential.isConditionalMediationAvailable())).toBe(true);
  await expect.poll(() => credentialRequests(page)).toEqual(['conditional']);
  await expect(page.getByLabel('Email')).toHaveAttribute('autocomplete', 'email webauthn');
}

test('with no provider keys: email and password, the magic link, and no provider or passkey button', async ({
  page,
}) => {
  await openSignIn(page, `${keyless.baseUrl}/auth/sign-in`);
  await expect(page.getByLabel('Email')).toBeVisible();
  await expect(page.getByLabel('Password')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Email me a sign-in link instead' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Continue with/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign in with a passkey' })).toHaveCount(0);
  // The sign-up page offers no provider either.
  await page.goto(`${keyless.baseUrl}/auth/sign-up`);
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('button', { name: 'Create account' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Continue with/ })).toHaveCount(0);
});

test('with the OpenID provider configured: its button, and the same form and link', async ({ page }) => {
  await openSignIn(page, '/auth/sign-in');
  await expect(page.getByRole('button', { name: /^Continue with/ })).toHaveText([
    `Continue with ${OIDC_PROVIDER_NAME}`,
  ]);
  await expect(page.getByLabel('Password')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Email me a sign-in link instead' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in with a passkey' })).toHaveCount(0);
  await page.goto('/auth/sign-up');
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('button', { name: /^Continue with/ })).toHaveText([
    `Continue with ${OIDC_PROVIDER_NAME}`,
  ]);
});
