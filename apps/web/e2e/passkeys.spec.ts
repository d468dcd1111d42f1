import { expect, type Page, test } from '@playwright/test';
import { expectNoReload, markDocument, sessionEmail } from './support/session';
import { signOut, visit } from './support/shell';
import { signUpAndVerify, skipOnboarding } from './support/sign-up';
import {
  addVirtualAuthenticator,
  credentialRequests,
  recordCredentialRequests,
  withoutConditionalMediation,
} from './support/webauthn';

const PASSKEY_FAILED = 'Signing in with a passkey did not work. Try again, or use another way to sign in.';

const passkeyList = (page: Page) => page.getByRole('list', { name: 'Passkeys' });

// Chromium's virtual authenticator answers a conditional (autofill) request at once, without the email
// field being focused or a passkey being picked: what the autofill path is tested for here is that the
// page asks that way, signs in with the answer, and says so when the answer is refused.
test('add, rename and remove a passkey; sign in with it through autofill and through the button', async ({
  page,
  context,
}) => {
  const email = `passkey-${Date.now()}@example.test`;
  await recordCredentialRequests(page);
  const authenticator = await addVirtualAuthenticator(page);

  await test.step('a fresh session adds a passkey with a name, then renames it', async () => {
    await page.goto('/auth/sign-up');
    await signUpAndVerify(page, { name: 'Pat Passkey', email, password: 'e2e-password-123' });
    await skipOnboarding(page);
    await visit(page, '/settings/security');
    await expect(page.getByText('No passkeys yet.')).toBeVisible();
    const add = page.getByRole('form', { name: 'Add a passkey' });
    await add.getByLabel('Name').fill('Test key');
    await add.getByRole('button', { name: 'Add a passkey' }).click();
    await expect(page.getByText('Passkey added.')).toBeVisible();
    await expect(passkeyList(page).getByRole('listitem')).toHaveCount(1);
    await expect(passkeyList(page)).toContainText('Test key');
    // The authenticator holds one discoverable credential for this site.
    const [credential, ...others] = await authenticator.credentials();
    expect(others).toEqual([]);
    // Its WebAuthn user name is the email (the passkey's name is only its label in settings).
    expect(credential).toMatchObject({ isResidentCredential: true, rpId: 'localhost', userName: email });

    await page.getByRole('button', { name: 'Rename passkey Test key' }).click();
    const rename = page.getByRole('form', { name: 'Rename passkey Test key' });
    await rename.getByLabel('Name').fill('Laptop key');
    await rename.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Passkey renamed.')).toBeVisible();
    await expect(passkeyList(page)).toContainText('Laptop key');
    await expect(passkeyList(page)).not.toContainText('Test key');
    await signOut(page);
    expect(await sessionEmail(page)).toBeNull();
  });

  await test.step('the sign-in page asks for the passkey through autofill and signs in with it', async () => {
    const signCount = (await authenticator.credentials())[0]?.signCount ?? 0;
    await page.goto('/auth/sign-in');
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId('user-menu')).toContainText(email);
    expect(await credentialRequests(page)).toEqual(['conditional']);
    expect((await authenticator.credentials())[0]?.signCount).toBeGreaterThan(signCount);
    expect(await sessionEmail(page)).toBe(email);
    await signOut(page);
  });

  // From here on the page's browser offers no passkeys in autofill: the sign-in page shows a button.
  await withoutConditionalMediation(page);

  await test.step('without autofill, the "Sign in with a passkey" button signs in', async () => {
    await visit(page, '/auth/sign-in');
    const button = page.getByRole('button', { name: 'Sign in with a passkey' });
    await expect(button).toBeVisible();
    expect(await credentialRequests(page)).toEqual([]);
    await markDocument(page);
    await button.click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId('user-menu')).toContainText(email);
    await expectNoReload(page);
    expect(await credentialRequests(page)).toEqual(['optional']);
    expect(await sessionEmail(page)).toBe(email);
  });

  await test.step('the passkey is removed; the authenticator still offers it, and the button says it failed', async () => {
    await visit(page, '/settings/security');
    await page.getByRole('button', { name: 'Remove passkey Laptop key' }).click();
    await page
      .getByRole('alertdialog', { name: 'Remove passkey Laptop key?' })
      .getByRole('button', { name: 'Remove passkey Laptop key' })
      .click();
    await expect(page.getByText('Passkey removed.')).toBeVisible();
    await expect(page.getByText('No passkeys yet.')).toBeVisible();
    await expect(passkeyList(page)).toHaveCount(0);
    expect(await authenticator.credentials()).toHaveLength(1);
    await signOut(page);

    await visit(page, '/auth/sign-in');
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await expect(page.getByRole('alert').filter({ hasText: PASSKEY_FAILED })).toBeVisible();
    await expect(page).toHaveURL(/\/auth\/sign-in$/);
    expect(await sessionEmail(page)).toBeNull();
  });

  await test.step('through autofill, the removed passkey is refused and the page says so', async () => {
    // Another tab of this browser (conditional mediation available again) with the same authenticator.
    const stale = (await authenticator.credentials())[0];
    if (!stale) throw new Error('the virtual authenticator lost its credential');
    const tab = await context.newPage();
    await recordCredentialRequests(tab);
    await (await addVirtualAuthenticator(tab)).addCredential(stale);
    const verification = tab.waitForResponse((response) =>
      response.url().endsWith('/api/auth/passkey/verify-authentication'),
    );
    await tab.goto('/auth/sign-in');
    expect((await verification).status()).toBe(401);
    await expect(tab.getByRole('alert').filter({ hasText: PASSKEY_FAILED })).toBeVisible();
    expect(await credentialRequests(tab)).toEqual(['conditional']);
    await expect(tab).toHaveURL(/\/auth\/sign-in$/);
    await expect(tab.getByRole('button', { name: 'Sign in with a passkey' })).toHaveCount(0);
    expect(await sessionEmail(tab)).toBeNull();
  });
});
