import { expect, type Page, test } from '@playwright/test';
import { createAccount, signedInPage } from './support/accounts';
import { expectNoReload, markDocument, recordPaths, sessionEmail } from './support/session';
import { signOut, visit } from './support/shell';

// The user menu and the impersonation banner read `useSession()` (the marketing header the same route
// context): they follow sign-in, sign-out and impersonation on the page as it is, without the browser
// loading a page again.

const header = (page: Page) => page.getByRole('banner');

test('signing in and out updates the header and the user menu without a reload', async ({ page }) => {
  const user = await createAccount({ name: `Hook ${Date.now()}` });
  await visit(page, '/');
  await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(header(page).getByRole('link', { name: 'Dashboard' })).toHaveCount(0);
  await markDocument(page);

  await header(page).getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/auth\/sign-in$/);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('user-menu')).toContainText(user.name);
  await expect(page.getByTestId('user-menu')).toContainText(user.email);
  await expectNoReload(page);

  // Back on a public page, the header knows who is signed in.
  await page.getByRole('link', { name: 'Kit', exact: true }).first().click();
  await expect(page).toHaveURL(/\/$/);
  await expect(header(page).getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await expect(header(page).getByRole('link', { name: 'Sign in' })).toHaveCount(0);
  await header(page).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expectNoReload(page);

  // Signing out goes straight to the landing page (not through the sign-in page), signed out.
  const paths = recordPaths(page);
  await signOut(page);
  await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(header(page).getByRole('link', { name: 'Dashboard' })).toHaveCount(0);
  await expect(page.getByTestId('user-menu')).toHaveCount(0);
  await expectNoReload(page);
  expect(paths).toEqual(['/']);
  expect(await sessionEmail(page)).toBeNull();
});

test('impersonating and stopping switch the banner and the user menu without a reload', async ({
  browser,
}) => {
  const stamp = Date.now();
  const admin = await createAccount({ role: 'admin', name: `Ada ${stamp}` });
  const customer = await createAccount({ name: `Casey ${stamp}` });
  const page = await signedInPage(browser, admin);
  await visit(page, `/admin/users/${customer.id}`);
  const userMenu = page.getByTestId('user-menu');
  const banner = page.getByTestId('impersonation-banner');
  await expect(userMenu).toContainText(admin.email);
  await expect(banner).toHaveCount(0);
  await markDocument(page);

  await page.getByRole('button', { name: `Impersonate ${customer.name}` }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(banner).toContainText(`You are impersonating ${customer.name} (${customer.email})`);
  await expect(userMenu).toContainText(customer.email);
  await expect(userMenu).not.toContainText(admin.email);
  await expectNoReload(page);
  expect(await sessionEmail(page)).toBe(customer.email);

  await banner.getByRole('button', { name: 'Stop impersonating' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/users/${customer.id}$`));
  await expect(banner).toHaveCount(0);
  await expect(userMenu).toContainText(admin.email);
  await expect(userMenu).not.toContainText(customer.email);
  await expectNoReload(page);
  expect(await sessionEmail(page)).toBe(admin.email);
  await page.context().close();
});

test('useSession() is pending while the session is read again, and settles with it', async ({ browser }) => {
  const user = await createAccount({ name: `Pending ${Date.now()}` });
  const page = await signedInPage(browser, user);
  await visit(page, '/dashboard');
  const menu = page.getByTestId('user-menu');
  await expect(menu).not.toHaveAttribute('aria-busy', 'true');
  // Every navigation reads the session on the server (a server-function GET): hold those answers back.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/_serverFn/**', async (route) => {
    if (route.request().method() === 'GET') await held;
    await route.continue();
  });
  await page.getByRole('link', { name: 'Settings' }).first().click();
  await expect(menu).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page).toHaveURL(/\/settings/);
  await expect(menu).not.toHaveAttribute('aria-busy', 'true');
  await expect(menu).toContainText(user.email);
});
