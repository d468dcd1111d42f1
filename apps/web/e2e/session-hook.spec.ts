import { expect, type Page, test } from '@playwright/test';
import { expectNoReload, markDocument, recordPaths, sessionEmail } from './support/session';
import { networkQuiet, signOut, visit } from './support/shell';
import { createUser, signedInPage } from './support/users';

// The user menu and the impersonation banner read `useSession()` (the marketing header the same route
// context): they follow sign-in, sign-out and impersonation on the page as it is, without the browser
// loading a page again.

const header = (page: Page) => page.getByRole('banner');

test('signing in and out updates the header and the user menu without a reload', async ({ page }) => {
  const user = await createUser({ name: `Hook ${Date.now()}` });
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
  const admin = await createUser({ role: 'admin', name: `Ada ${stamp}` });
  const customer = await createUser({ name: `Casey ${stamp}` });
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

test('useSession() is pending while the router loads a page, and settles with it', async ({ browser }) => {
  const user = await createUser({ name: `Pending ${Date.now()}` });
  const page = await signedInPage(browser, user);
  await visit(page, '/settings/profile');
  const menu = page.getByTestId('user-menu');
  await expect(menu).not.toHaveAttribute('aria-busy', 'true');
  // The security page loads its data with a server-function GET: hold those answers back.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/_serverFn/**', async (route) => {
    if (route.request().method() === 'GET') await held;
    await route.continue();
  });
  await page.getByRole('link', { name: 'Security' }).click();
  await expect(menu).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page).toHaveURL(/\/settings\/security/);
  await expect(menu).not.toHaveAttribute('aria-busy', 'true');
  await expect(menu).toContainText(user.email);
});

test('navigating between signed-in pages reads no identity; switching organization shows at once', async ({
  browser,
}) => {
  const organization = `Orbit ${Date.now()}`;
  const user = await createUser({ organization });
  const page = await signedInPage(browser, user);
  await page.setViewportSize({ width: 1280, height: 800 });
  await visit(page, '/dashboard');
  await markDocument(page);
  const identityReads: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('identity.functions.fetchIdentity')) identityReads.push(request.url());
  });
  const sidebar = page.getByRole('navigation', { name: 'Main' });

  let navigations = 0;
  for (const [link, path] of [
    ['Settings', /\/settings\/profile$/],
    ['Dashboard', /\/dashboard$/],
    ['Settings', /\/settings\/profile$/],
    ['Dashboard', /\/dashboard$/],
  ] as const) {
    await sidebar.getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(path);
    navigations++;
  }

  // The switcher answers with the new identity: the switcher, the sidebar's organization section and the
  // page follow at once, with no identity read and no reload.
  await page.getByTestId('account-switcher').click();
  await page.getByRole('menuitemradio', { name: organization }).click();
  await expect(page.getByTestId('account-switcher')).toContainText(organization);
  await expect(page.getByTestId('active-account')).toContainText(organization);
  await expect(sidebar.getByRole('link', { name: 'Members' })).toBeVisible();
  for (const [link, path] of [
    ['Members', /\/settings\/members$/],
    ['Projects', /\/projects$/],
    ['Dashboard', /\/dashboard$/],
  ] as const) {
    await sidebar.getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(path);
    navigations++;
  }
  await networkQuiet(page);
  expect(navigations).toBe(7);
  expect(identityReads).toEqual([]);
  await expectNoReload(page);

  // Organization pages do not exist for the personal account: switching there leaves for the dashboard.
  await sidebar.getByRole('link', { name: 'Projects' }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await page.getByTestId('account-switcher').click();
  await page.getByRole('menuitemradio', { name: 'Personal account' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('account-switcher')).toContainText('Personal account');
  await expect(sidebar.getByRole('link', { name: 'Members' })).toHaveCount(0);
  await page.context().close();
});

test('a window back in focus re-reads the identity and follows a change made elsewhere', async ({
  browser,
}) => {
  const organization = `Focus ${Date.now()}`;
  const user = await createUser({ organization });
  const page = await signedInPage(browser, user);
  await page.setViewportSize({ width: 1280, height: 800 });
  await visit(page, '/dashboard');
  await expect(page.getByTestId('account-switcher')).toContainText('Personal account');
  // Another tab of the same browser switches to the organization.
  const other = await page.context().newPage();
  await other.setViewportSize({ width: 1280, height: 800 });
  await visit(other, '/dashboard');
  await other.getByTestId('account-switcher').click();
  await other.getByRole('menuitemradio', { name: organization }).click();
  await expect(other.getByTestId('active-account')).toContainText(organization);
  // Coming back after the focus threshold: the clock is moved on rather than waited for.
  await page.evaluate(() => {
    const realNow = Date.now.bind(Date);
    Date.now = () => realNow() + 60_000;
  });
  await page.bringToFront();
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(page.getByTestId('account-switcher')).toContainText(organization);
  await expect(page.getByTestId('active-account')).toContainText(organization);
  await page.context().close();
});
