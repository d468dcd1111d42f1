import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

/** The name the end-to-end server gives its OpenID provider (e2e/global-setup.ts). */
export const OIDC_PROVIDER_NAME = 'Test SSO';

export interface SsoAccount {
  sub: string;
  email: string;
  emailVerified: boolean;
  name: string;
}

/** Adds an account to the end-to-end server's OpenID provider; any password signs it in there. */
export async function addSsoAccount(account: {
  email: string;
  emailVerified: boolean;
  name: string;
}): Promise<SsoAccount> {
  const url = process.env.E2E_OIDC_ACCOUNTS_URL;
  if (!url) throw new Error('E2E_OIDC_ACCOUNTS_URL is not set: run through the Playwright global setup.');
  const created = { sub: `sub-${randomUUID()}`, ...account };
  const response = await fetch(url, { method: 'POST', body: JSON.stringify(created) });
  expect(response.status, await response.text()).toBe(204);
  return created;
}

/** On the provider's own login page (its origin is not the app's), signs in as `account`. */
export async function signInAtProvider(page: Page, account: SsoAccount): Promise<void> {
  const appOrigin = new URL(process.env.E2E_BASE_URL ?? '').origin;
  await expect(page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible();
  expect(new URL(page.url()).origin).not.toBe(appOrigin);
  await page.getByLabel('Username').fill(account.email);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
