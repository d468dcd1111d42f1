import type { BrowserContext } from '@playwright/test';
import { browserCookies, launchChromium } from './chromium';

/**
 * The longest main-thread task (ms) while a page loads and hydrates, in Chromium at 4× CPU slowdown,
 * median of `runs` loads, each in a fresh context (no HTTP or code cache carried over). Read from the
 * page's own long-task entries, so no tracing or debugger changes what the browser does.
 */
export async function longestTaskWhileLoading(url: string, cookie?: string, runs = 5): Promise<number> {
  const browser = await launchChromium();
  try {
    const longest: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      if (cookie) await context.addCookies(browserCookies(cookie, url));
      longest.push(await longestTaskOfOneLoad(context, url));
      await context.close();
    }
    return [...longest].sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
  } finally {
    await browser.close();
  }
}

async function longestTaskOfOneLoad(context: BrowserContext, url: string): Promise<number> {
  await context.addInitScript(() => {
    const durations: number[] = [];
    Object.assign(window, { __longTasks: durations });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const durations = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  return Math.round(Math.max(0, ...durations));
}
