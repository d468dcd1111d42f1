import { browserCookies, launchChromium } from './chromium';

// Each link is on the page before it: the sidebar's Settings, the settings tabs, the sidebar's Dashboard.
const SIGNED_IN_PATHS = [
  '/settings/profile',
  '/settings/security',
  '/settings/sessions',
  '/dashboard',
] as const;

/**
 * Identity reads (`fetchIdentity` server-function calls) per client-side navigation between signed-in
 * pages, in Chromium: the page is loaded once, then each link in the sidebar or the settings tabs is
 * followed `rounds` times.
 */
export async function identityReadsPerNavigation(baseUrl: string, cookie: string, rounds = 3) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
    await context.addCookies(browserCookies(cookie, baseUrl));
    const page = await context.newPage();
    await page.goto('/dashboard');
    await page.waitForLoadState('networkidle');
    let reads = 0;
    page.on('request', (request) => {
      if (request.url().includes('identity.functions.fetchIdentity')) reads++;
    });
    let navigations = 0;
    for (let round = 0; round < rounds; round++) {
      for (const path of SIGNED_IN_PATHS) {
        await page.locator(`a[href="${path}"]`).first().click();
        await page.waitForURL((url) => url.pathname === path);
        navigations++;
      }
    }
    await page.waitForLoadState('networkidle');
    return { reads, navigations };
  } finally {
    await browser.close();
  }
}
