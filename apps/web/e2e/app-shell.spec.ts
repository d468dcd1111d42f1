import { expect, type Page, test } from '@playwright/test';
import { adminPages, appPages, publicPages } from './support/pages';
import { overflowsHorizontally, signOut, visit } from './support/shell';
import { activateOrganization, createUser, signedInPage } from './support/users';

const PHONE = { width: 360, height: 740 };

async function pagesThatOverflow(page: Page, paths: string[]): Promise<string[]> {
  const overflowing: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    if (await overflowsHorizontally(page)) overflowing.push(path);
  }
  return overflowing;
}

test('nothing scrolls sideways at 360 px: public, signed-in and admin pages', async ({ browser }) => {
  const admin = await createUser({ role: 'admin', name: 'Ada Admin', organization: 'Acme Widgets' });
  const anonymous = await (await browser.newContext({ viewport: PHONE })).newPage();
  expect(await pagesThatOverflow(anonymous, publicPages)).toEqual([]);

  const page = await signedInPage(browser, admin, { viewport: PHONE });
  await activateOrganization(page, 'Acme Widgets');
  const ids = { userId: admin.id, organizationId: admin.organizationId ?? '' };
  expect(await pagesThatOverflow(page, [...appPages, ...adminPages(ids)])).toEqual([]);
});

test('under 768 px the navigation is a drawer that opens, traps focus and closes with the keyboard', async ({
  browser,
}) => {
  const user = await createUser({ organization: 'Drawer Co' });
  const page = await signedInPage(browser, user, { viewport: { width: 390, height: 844 } });
  await visit(page, '/dashboard');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();

  const menuButton = page.getByRole('button', { name: 'Open navigation' });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog', { name: 'Navigation' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTestId('account-switcher')).toBeVisible();
  await expect(drawer.getByTestId('user-menu')).toContainText(user.email);

  // Tab never leaves the drawer while it is open.
  for (let step = 0; step < 12; step++) {
    await page.keyboard.press('Tab');
    expect(await drawer.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(menuButton).toBeFocused();

  // Following a link closes it too.
  await page.keyboard.press('Enter');
  await expect(drawer).toBeVisible();
  await drawer.getByRole('link', { name: 'Settings', exact: true }).press('Enter');
  await expect(page).toHaveURL(/\/settings\/profile$/);
  await expect(drawer).toBeHidden();
  expect(await overflowsHorizontally(page)).toBe(false);
});

test('from 768 px a sidebar with sections and a user menu; it collapses and remembers it', async ({
  browser,
}) => {
  const admin = await createUser({ role: 'admin', name: 'Sid Sidebar', organization: 'Sidebar Ltd' });
  const page = await signedInPage(browser, admin, { viewport: { width: 1280, height: 800 } });
  await activateOrganization(page, 'Sidebar Ltd');

  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByText('Sidebar Ltd')).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Members' })).toBeVisible();
  await nav.getByRole('link', { name: 'Admin' }).click();
  const adminNav = page.getByRole('navigation', { name: 'Admin' });
  await expect(adminNav.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  await adminNav.getByRole('link', { name: 'Back to the app' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.getByRole('button', { name: 'Hide sidebar' }).click();
  await expect(nav).toBeHidden();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Show sidebar' })).toBeVisible();
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: 'Show sidebar' }).click();
  await expect(nav).toBeVisible();

  await signOut(page);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
});
