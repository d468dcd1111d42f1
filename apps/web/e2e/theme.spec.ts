import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { visit } from './support/shell';
import { createUser, signedInPage } from './support/users';

/**
 * Opens `path` with every application script refused, so what the page shows is what the server sent
 * plus the inline pre-paint script: the state before hydration.
 */
async function beforeHydration(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto(path);
  return page;
}

function htmlIsDark(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.classList.contains('dark'));
}

/** The body's background lightness: 0 black … 1 white. */
function backgroundLightness(page: Page): Promise<number> {
  return page.evaluate(() => {
    const probe = document.createElement('canvas').getContext('2d');
    if (!probe) throw new Error('no canvas');
    probe.fillStyle = getComputedStyle(document.body).backgroundColor;
    probe.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0] = probe.getImageData(0, 0, 1, 1).data;
    return (r + g + b) / (3 * 255);
  });
}

test('a dark system preference renders dark before any application script runs', async ({ browser }) => {
  const dark = await browser.newContext({ colorScheme: 'dark' });
  const cspViolations: string[] = [];
  dark.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  for (const path of ['/', '/auth/sign-in']) {
    const page = await beforeHydration(dark, path);
    expect(await htmlIsDark(page)).toBe(true);
    expect(await backgroundLightness(page)).toBeLessThan(0.25);
    // The inline script removed itself: nothing is left for React to mismatch.
    await expect(page.locator('head script:not([src])')).toHaveCount(0);
  }
  expect(cspViolations).toEqual([]);

  const light = await browser.newContext({ colorScheme: 'light' });
  const page = await beforeHydration(light, '/');
  expect(await htmlIsDark(page)).toBe(false);
  expect(await backgroundLightness(page)).toBeGreaterThan(0.9);
});

test('the theme chosen in the user menu is applied at once, remembered across reloads, and "System" follows the OS', async ({
  browser,
}) => {
  const user = await createUser();
  const page = await signedInPage(browser, user, { colorScheme: 'light' });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await visit(page, '/dashboard');
  expect(await htmlIsDark(page)).toBe(false);

  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitemradio', { name: 'Dark' }).click();
  expect(await htmlIsDark(page)).toBe(true);

  await page.reload();
  expect(await htmlIsDark(page)).toBe(true);
  await page.waitForLoadState('networkidle');
  const unhydrated = await beforeHydration(page.context(), '/settings/profile');
  expect(await htmlIsDark(unhydrated)).toBe(true);
  expect(await backgroundLightness(unhydrated)).toBeLessThan(0.25);
  await unhydrated.close();

  await page.getByTestId('user-menu').click();
  await expect(page.getByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('menuitemradio', { name: 'System' }).click();
  expect(await htmlIsDark(page)).toBe(false);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => htmlIsDark(page)).toBe(true);
  expect(consoleErrors).toEqual([]);
});
