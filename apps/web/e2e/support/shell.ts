import { expect, type Page } from '@playwright/test';

/** Signs out through the user menu at the bottom of the sidebar (desktop widths). */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
}

/** True when the page scrolls sideways: something is wider than the viewport. */
export function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/**
 * Opens `path` and waits until the page's scripts have loaded and hydrated it: a click before hydration
 * reaches no handler (a menu stays shut, a form submits natively).
 */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

/**
 * Resolves once none of the page's requests has been in flight for `quietMs`. For requests that
 * client-side actions start: `waitForLoadState('networkidle')` is reached once per navigation, so after
 * a click on a page that settled long ago it returns at once.
 */
export async function networkQuiet(page: Page, quietMs = 500): Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const started = () => {
    inFlight++;
    lastChange = Date.now();
  };
  // A request already under way when this began ends without having been counted.
  const ended = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastChange = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    while (inFlight > 0 || Date.now() - lastChange < quietMs) await page.waitForTimeout(50);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}
