import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { browserCookies, CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';

/**
 * Lighthouse's performance score (0–100) for a page, mobile profile (its default), in local Chromium.
 * `cookie` ("name=value; …") goes into the browser's cookie jar, as a signed-in visitor's would be: sent
 * as an extra header instead, it would not reach the page's own fetches (its server functions would
 * answer 401 and the page would go to sign-in, which Lighthouse would then measure).
 */
export async function performanceScore(url: string, cookie?: string): Promise<number> {
  // Lighthouse now and then loses the load's trace (NO_NAVSTART, seen here on /dashboard) and asks to be run
  // again: so it is, in a fresh browser, up to three times.
  for (let attempt = 1; ; attempt++) {
    const score = await scoreOnce(url, cookie);
    if (typeof score === 'number') return score;
    if (attempt === 3) throw new Error(`Lighthouse gave no performance score for ${url}: ${score.error}`);
  }
}

async function scoreOnce(url: string, cookie?: string): Promise<number | { error: string }> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    if (cookie) await putInCookieJar(chrome.port, url, cookie);
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      logLevel: 'error',
    });
    const score = result?.lhr.categories.performance?.score;
    if (typeof score !== 'number') return { error: result?.lhr.runtimeError?.code ?? 'no result' };
    return Math.round(score * 100);
  } finally {
    chrome.kill();
  }
}

async function putInCookieJar(port: number, url: string, cookie: string) {
  // Connected, not launched: closing only disconnects, and the browser keeps the cookies.
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    await browser.contexts()[0]?.addCookies(browserCookies(cookie, url));
  } finally {
    await browser.close();
  }
}
