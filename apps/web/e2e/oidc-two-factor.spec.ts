import { base32 } from '@better-auth/utils/base32';
import { createOTP } from '@better-auth/utils/otp';
import { expect, test } from '@playwright/test';
import { addSsoAccount, OIDC_PROVIDER_NAME, signInAtProvider } from './support/oidc';
import { sessionEmail } from './support/session';
import { signOut, visit } from './support/shell';
import { signUpAndVerify, skipOnboarding } from './support/sign-up';

// A user with two-factor on that also signs in through the OpenID provider (the real one the global
// setup starts): coming back from the provider, the browser is asked for the code before any session.

function totpFor(displayedKey: string): Promise<string> {
  return createOTP(base32.decode(displayedKey)).totp();
}

test('a provider sign-in of a user with two-factor on asks for the code, then signs in', async ({ page }) => {
  const email = `sso-2fa-${Date.now()}@example.test`;
  const password = 'e2e-password-123';
  const account = await addSsoAccount({ email, emailVerified: true, name: 'Provider Name' });
  await page.goto('/auth/sign-up');
  await signUpAndVerify(page, { name: 'Tove Two-Factor', email, password });
  await skipOnboarding(page);

  // Link the provider, then turn two-factor on.
  await visit(page, '/settings/security');
  await page.getByRole('button', { name: `Link ${OIDC_PROVIDER_NAME}`, exact: true }).click();
  await signInAtProvider(page, account);
  await expect(page).toHaveURL(/\/settings\/security$/);
  const turnOn = page.getByRole('form', { name: 'Turn on two-factor' });
  await turnOn.getByLabel('Password').fill(password);
  await turnOn.getByRole('button', { name: 'Set up two-factor' }).click();
  const key = (await page.getByTestId('totp-secret').textContent()) ?? '';
  const confirm = page.getByRole('form', { name: 'Confirm two-factor' });
  await confirm.getByLabel('Code').fill(await totpFor(key));
  await confirm.getByRole('button', { name: 'Turn on two-factor' }).click();
  await expect(page.getByText('On: signing in asks for a code')).toBeVisible();

  // Signed out, "Continue with" the provider (which remembers its own sign-in) stops at the code.
  await signOut(page);
  await visit(page, '/auth/sign-in');
  await page.getByRole('button', { name: `Continue with ${OIDC_PROVIDER_NAME}` }).click();
  await expect(page).toHaveURL(/\/auth\/two-factor\?redirect=%2Fdashboard$/);
  expect(await sessionEmail(page)).toBeNull();
  await page.getByLabel('Code').fill(await totpFor(key));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  expect(await sessionEmail(page)).toBe(email);
});
