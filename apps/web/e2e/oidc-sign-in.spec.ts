import { expect, type Page, test } from '@playwright/test';
import { addSsoAccount, OIDC_PROVIDER_NAME, signInAtProvider } from './support/oidc';
import { sessionEmail } from './support/session';
import { signOut, visit } from './support/shell';
import { signUpAndVerify, skipOnboarding } from './support/sign-up';

// "Continue with Test SSO" against a real OpenID provider (oidc-provider on 127.0.0.1, started by the
// global setup), in Chromium: the provider's login page, the way back, and linking from the settings.

const CONTINUE = `Continue with ${OIDC_PROVIDER_NAME}`;
const ONLY_WAY = 'Your only way to sign in: it cannot be unlinked.';
const linkedList = (page: Page) => page.getByRole('list', { name: 'Linked accounts' });
const passwordCard = (page: Page) => page.getByRole('heading', { name: 'Password', exact: true });

async function continueWithSso(page: Page): Promise<void> {
  await visit(page, '/auth/sign-in');
  await page.getByRole('button', { name: CONTINUE }).click();
}

test('a new person continues with the provider and comes back signed in', async ({ page }) => {
  const account = await addSsoAccount({
    email: `sso-new-${Date.now()}@example.test`,
    emailVerified: true,
    name: 'Sam Single-Sign-On',
  });
  await continueWithSso(page);
  await signInAtProvider(page, account);
  await skipOnboarding(page);
  await expect(page.getByTestId('user-menu')).toContainText(account.name);
  await expect(page.getByTestId('user-menu')).toContainText(account.email);
  expect(await sessionEmail(page)).toBe(account.email);

  // The provider is the user's only way in: listed, and it cannot be unlinked. No password either.
  await visit(page, '/settings/security');
  const rows = linkedList(page).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(OIDC_PROVIDER_NAME);
  await expect(rows).toContainText(ONLY_WAY);
  await expect(page.getByRole('button', { name: /^Unlink/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Link / })).toHaveCount(0);
  await expect(passwordCard(page)).toHaveCount(0);

  // With no password to type, deleting the user is confirmed with the email address.
  const deletion = page.getByRole('form', { name: 'Delete profile' });
  await expect(deletion.getByLabel('Password')).toHaveCount(0);
  await deletion.getByLabel('Type your email address to confirm').fill('someone-else@example.test');
  await deletion.getByRole('button', { name: 'Delete my profile' }).click();
  await expect(deletion.getByText('Type your email address exactly as shown above.')).toBeVisible();
  expect(await sessionEmail(page)).toBe(account.email);
  await deletion.getByLabel('Type your email address to confirm').fill(account.email);
  await deletion.getByRole('button', { name: 'Delete my profile' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await sessionEmail(page)).toBeNull();
});

test('a provider account whose email is unverified comes back to sign-in with the reason', async ({
  page,
}) => {
  const account = await addSsoAccount({
    email: `sso-unverified-${Date.now()}@example.test`,
    emailVerified: false,
    name: 'Una Unverified',
  });
  await continueWithSso(page);
  await signInAtProvider(page, account);
  await expect(page).toHaveURL(/\/auth\/sign-in\?.*error=/);
  await expect(
    page.getByText(
      'The provider has not verified your email address. Verify it there, or sign up with email and password.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: CONTINUE })).toBeVisible();
  expect(await sessionEmail(page)).toBeNull();
});

test('a password user links the provider, signs in with it, then unlinks it and keeps the password', async ({
  page,
}) => {
  const email = `sso-link-${Date.now()}@example.test`;
  const password = 'e2e-password-123';
  const account = await addSsoAccount({ email, emailVerified: true, name: 'Provider Name' });
  await page.goto('/auth/sign-up');
  await signUpAndVerify(page, { name: 'Lee Linker', email, password });
  await skipOnboarding(page);

  // Only the password so far: it cannot be unlinked; the provider can be linked.
  await visit(page, '/settings/security');
  await expect(linkedList(page).getByRole('listitem')).toHaveCount(1);
  await expect(linkedList(page)).toContainText('Email and password');
  await expect(linkedList(page)).toContainText(ONLY_WAY);
  await expect(page.getByRole('button', { name: /^Unlink/ })).toHaveCount(0);
  await page.getByRole('button', { name: `Link ${OIDC_PROVIDER_NAME}`, exact: true }).click();
  await signInAtProvider(page, account);
  await expect(page).toHaveURL(/\/settings\/security$/);
  const rows = linkedList(page).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: OIDC_PROVIDER_NAME })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Email and password' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: `Unlink ${OIDC_PROVIDER_NAME}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unlink Email and password' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Link ${OIDC_PROVIDER_NAME}`, exact: true })).toHaveCount(0);

  // Signed out, the provider signs in as the same user (the provider remembers its own sign-in).
  await signOut(page);
  await continueWithSso(page);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('user-menu')).toContainText('Lee Linker');
  expect(await sessionEmail(page)).toBe(email);

  // Unlinked, the provider is gone and the password is the only way left (no Unlink button any more).
  await visit(page, '/settings/security');
  await page.getByRole('button', { name: `Unlink ${OIDC_PROVIDER_NAME}` }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: `Unlink ${OIDC_PROVIDER_NAME}` })
    .click();
  await expect(page.getByText(`${OIDC_PROVIDER_NAME} is unlinked.`)).toBeVisible();
  await expect(linkedList(page).getByRole('listitem')).toHaveCount(1);
  await expect(linkedList(page)).toContainText('Email and password');
  await expect(linkedList(page)).toContainText(ONLY_WAY);
  await expect(page.getByRole('button', { name: /^Unlink/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Link ${OIDC_PROVIDER_NAME}`, exact: true })).toBeVisible();
  await expect(passwordCard(page)).toBeVisible();

  // The password still signs in.
  await signOut(page);
  await visit(page, '/auth/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  expect(await sessionEmail(page)).toBe(email);
});
