import path from 'node:path';
import { type Page, test } from '@playwright/test';
import { activateOrganization, createUser, signedInPage } from './support/users';

// Written on every run (gitignored); CI keeps the folder as an artifact. docs/screenshots holds the
// two the README shows.
const OUTPUT_DIR = path.resolve(import.meta.dirname, 'screenshots');

const DEVICES = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 390, height: 844 },
} as const;

async function capture(page: Page, name: string, paths: Record<string, string>) {
  for (const [pageName, pagePath] of Object.entries(paths)) {
    await page.goto(pagePath);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(OUTPUT_DIR, `${pageName}-${name}.png`) });
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [device, viewport] of Object.entries(DEVICES)) {
    test(`screenshots of the main pages: ${colorScheme}, ${device}`, async ({ browser }) => {
      const name = `${colorScheme}-${device}`;
      const anonymous = await (await browser.newContext({ colorScheme, viewport })).newPage();
      await capture(anonymous, name, { landing: '/', 'sign-in': '/auth/sign-in' });

      const admin = await createUser({
        role: 'admin',
        name: 'Ada Lovelace',
        organization: 'Analytical Engines',
      });
      const page = await signedInPage(browser, admin, { colorScheme, viewport });
      await activateOrganization(page, 'Analytical Engines');
      await capture(page, name, {
        dashboard: '/dashboard',
        members: '/settings/members',
        'admin-users': '/admin/users',
      });
    });
  }
}
