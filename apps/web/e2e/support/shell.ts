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
