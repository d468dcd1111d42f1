import { expect, type Page } from '@playwright/test';

/** Whom the auth API says the page's cookies belong to (null: signed out). */
export async function sessionEmail(page: Page): Promise<string | null> {
  const response = await page.request.get('/api/auth/get-session');
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { user?: { email?: string } } | null;
  return body?.user?.email ?? null;
}

declare global {
  interface Window {
    __noReload?: boolean;
  }
}

/** Marks the current document: `expectNoReload` then fails if the page was loaded again since. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__noReload = true;
  });
}

/** The document marked by `markDocument` is still the one shown: no full page load happened. */
export async function expectNoReload(page: Page): Promise<void> {
  expect(await page.evaluate(() => window.__noReload === true), 'the page was reloaded').toBe(true);
}

/** The paths (with query) the page's main frame shows from now on, client-side navigations included. */
export function recordPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    const url = new URL(frame.url());
    paths.push(`${url.pathname}${url.search}`);
  });
  return paths;
}
