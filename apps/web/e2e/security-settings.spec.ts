import { base32 } from '@better-auth/utils/base32';
import { createOTP } from '@better-auth/utils/otp';
import { expect, type Page, test } from '@playwright/test';
import { sessionEmail } from './support/session';
import { signOut } from './support/shell';
import { signUpAndVerify, skipOnboarding } from './support/sign-up';
import { ageSessionsOf } from './support/users';

/** The code an authenticator app would show now for the key the page displayed. */
function totpFor(displayedKey: string): Promise<string> {
  return createOTP(base32.decode(displayedKey)).totp();
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/auth/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('verify the email, enable two-factor, sign in with a code, see and revoke another session', async ({
  browser,
}) => {
  const email = `secure-${Date.now()}@example.test`;
  const password = 'e2e-password-123';
  const context = await browser.newContext();
  const page = await context.newPage();

  await page.goto('/auth/sign-up');
  await signUpAndVerify(page, { name: 'Sasha Secure', email, password });
  await skipOnboarding(page);

  // Enable two-factor: password, then the QR code / key, backup codes, and a code to confirm.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('link', { name: 'Security', exact: true }).click();
  const turnOn = page.getByRole('form', { name: 'Turn on two-factor' });
  await turnOn.getByLabel('Password').fill(password);
  await turnOn.getByRole('button', { name: 'Set up two-factor' }).click();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Backup codes' }).getByRole('listitem')).toHaveCount(10);
  const key = (await page.getByTestId('totp-secret').textContent()) ?? '';
  const confirm = page.getByRole('form', { name: 'Confirm two-factor' });
  await confirm.getByLabel('Code').fill(await totpFor(key));
  await confirm.getByRole('button', { name: 'Turn on two-factor' }).click();
  await expect(page.getByText('On: signing in asks for a code')).toBeVisible();

  // Sign out, then sign in: the password is not enough, the code is.
  await signOut(page);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/auth\/two-factor/);
  await page.getByLabel('Code').fill(await totpFor(key));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // A second browser signs in too; both sessions are listed, the current one marked.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, email, password);
  await expect(other).toHaveURL(/\/auth\/two-factor/);
  await other.getByLabel('Code').fill(await totpFor(key));
  await other.getByRole('button', { name: 'Verify' }).click();
  await expect(other).toHaveURL(/\/dashboard$/);

  await page.goto('/settings/sessions');
  const rows = page.getByTestId('session-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'This device' })).toHaveCount(1);
  await rows.filter({ hasNotText: 'This device' }).getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Sign out this session' }).click();
  await expect(page.getByText('Session signed out.')).toBeVisible();
  await expect(rows).toHaveCount(1);

  // The revoked browser is signed out on its next request to the server.
  await other.getByRole('link', { name: 'Settings', exact: true }).click();
  await other.getByRole('link', { name: 'Sessions', exact: true }).click();
  await expect(other).toHaveURL(/\/auth\/sign-in\?redirect=/);

  // Half an hour later, changing the password asks to confirm: the password, then the code.
  await ageSessionsOf(email);
  await page.goto('/settings/security');
  const change = page.getByRole('form', { name: 'Change password' });
  await change.getByLabel('Current password').fill(password);
  await change.getByLabel('New password', { exact: true }).fill('e2e-password-456');
  await change.getByLabel('Repeat the new password').fill('e2e-password-456');
  await change.getByRole('button', { name: 'Change password' }).click();
  const confirmIdentity = page.getByRole('form', { name: 'Confirm your password' });
  await confirmIdentity.getByLabel('Password').fill(password);
  await confirmIdentity.getByRole('button', { name: 'Confirm' }).click();
  await expect(confirmIdentity.getByText('enter the code from your authenticator app')).toBeVisible();
  await confirmIdentity.getByLabel('Code').fill(await totpFor(key));
  await confirmIdentity.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('Password changed.')).toBeVisible();
  expect(await sessionEmail(page)).toBe(email);

  await context.close();
  await otherContext.close();
});
