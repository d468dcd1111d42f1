import { expect, test } from '@playwright/test';
import { visit } from './support/shell';
import { createUser, signedInPage } from './support/users';

const SIGN_IN_METHODS = '**/_serverFn/lib.auth.sign-in-methods.functions.fetchSignInMethods**';

test('a failing page load shows the error page in the site frame, with no detail, and recovers on retry', async ({
  page,
}) => {
  // The server (or a proxy before it) fails the sign-in page's data with a 500 whose body carries
  // internals: the page must say what to do and show none of it.
  await page.route(SIGN_IN_METHODS, (route) =>
    route.fulfill({
      status: 500,
      contentType: 'text/plain',
      body: 'TypeError: secret is undefined\n    at loadMethods (/srv/app/secret-module.ts:12:3)',
    }),
  );
  await visit(page, '/');
  await page.locator('header').getByRole('link', { name: 'Sign in' }).click();

  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  await expect(alert).toContainText('The page could not be shown. Try again');
  await expect(page.locator('body')).not.toContainText('secret');
  await expect(page.locator('body')).not.toContainText('TypeError');
  // In the public pages' frame, with the way home.
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(alert.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');

  // Once the server answers again, "Try again" loads the page.
  await page.unroute(SIGN_IN_METHODS);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the error page is translated', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.route(SIGN_IN_METHODS, (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
  await visit(page, '/');
  await page.locator('header').getByRole('link', { name: 'Anmelden' }).click();
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Etwas ist schiefgelaufen' })).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
  await expect(alert.getByRole('link', { name: 'Startseite' })).toBeVisible();
  await context.close();
});

test('the 404 page leads a signed-in user back to the dashboard', async ({ browser }) => {
  const user = await createUser();
  const page = await signedInPage(browser, user);
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Go to your dashboard' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test('a signed-in page that fails to load shows the error inside the app shell, with the way to the dashboard', async ({
  browser,
}) => {
  const user = await createUser();
  const page = await signedInPage(browser, user);
  await page.route('**/_serverFn/features.user.users.functions.fetchMySessions**', (route) =>
    route.fulfill({ status: 500, body: 'Internal Server Error' }),
  );
  await visit(page, '/settings/profile');
  await page.getByRole('link', { name: 'Sessions' }).first().click();
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  // The shell stays: its navigation is there, the public pages' footer is not.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await alert.getByRole('link', { name: 'Go to your dashboard' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});
