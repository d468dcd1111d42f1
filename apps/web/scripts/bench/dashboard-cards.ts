import { browserCookies, launchChromium } from './chromium';

/**
 * Milliseconds from navigation to the organization dashboard's cards (its summary rendered, not the
 * skeleton) in Chromium at 4× CPU slowdown, median of `runs` loads. The session must have the
 * organization active; the bench's organization has one member, so its members card says so.
 */
export async function dashboardCardsShownAfter(baseUrl: string, cookie: string, runs = 5): Promise<number> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    await context.addCookies(browserCookies(cookie, baseUrl));
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${baseUrl}/dashboard`, { waitUntil: 'commit' });
      await page.getByTestId('dashboard-member-count').waitFor();
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    return [...times].sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
  } finally {
    await browser.close();
  }
}
