import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createDatabase } from '@kit/database';
import { createTestOrganization, createTestUser, type TestUser } from '@kit/database/testing';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { activateOrganization, signedInPage } from './support/users';

// The main pages in both themes at 1280 px and 390 px, written to e2e/screenshots (gitignored) when
// SCREENSHOTS=1 (they take a minute and a half, so the default run skips them). README_SCREENSHOTS=1 also
// writes the README's pictures to docs/screenshots: `README_SCREENSHOTS=1 pnpm --filter @kit/web exec
// playwright test e2e/screenshots.spec.ts`.
const OUTPUT_DIR = path.resolve(import.meta.dirname, 'screenshots');
const README_DIR = path.resolve(import.meta.dirname, '../../../docs/screenshots');

const DEVICES = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 390, height: 844 },
} as const;

const ORGANIZATION = 'Analytical Engines';

test.describe.configure({ mode: 'serial' });
test.skip(
  process.env.SCREENSHOTS !== '1' && process.env.README_SCREENSHOTS !== '1',
  'screenshots are taken with SCREENSHOTS=1',
);

let owner: TestUser | undefined;

/**
 * An admin who owns an organization with a teammate, projects, an invitation and their activity (the Free
 * plan's three seats: two members and the invitation).
 */
async function showcaseOwner(browser: Browser): Promise<TestUser> {
  if (owner) return owner;
  const handle = createDatabase({ url: process.env.DATABASE_URL });
  try {
    const ada = await createTestUser(handle.db, { role: 'admin', name: 'Ada Lovelace' });
    const charles = await createTestUser(handle.db, { name: 'Charles Babbage' });
    await createTestOrganization(handle.db, {
      name: ORGANIZATION,
      members: [
        { userId: ada.id, role: 'owner' },
        { userId: charles.id, role: 'admin' },
      ],
    });
    owner = ada;
  } finally {
    await handle.close();
  }
  // Projects and an invitation through the app, as the owner would: the activity log shows them.
  const page = await signedInPage(browser, owner);
  await activateOrganization(page, ORGANIZATION);
  await page.goto('/projects');
  for (const name of ['Difference Engine', 'Analytical Engine']) {
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await page.getByRole('button', { name: 'Create project' }).click();
    await expect(page.getByText(`Project “${name}” created.`)).toBeVisible();
  }
  await page.goto('/settings/members');
  const invite = page.getByRole('form', { name: 'Invite a member' });
  await invite.getByLabel('Email').fill(`lovelace-circle-${Date.now()}@example.test`);
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('list', { name: 'Pending invitations' })).toBeVisible();
  await page.context().close();
  return owner;
}

async function capture(page: Page, name: string, paths: Record<string, string>) {
  for (const [pageName, pagePath] of Object.entries(paths)) {
    await page.goto(pagePath);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(OUTPUT_DIR, `${pageName}-${name}.png`) });
    if (process.env.README_SCREENSHOTS === '1') {
      mkdirSync(README_DIR, { recursive: true });
      await page.screenshot({
        path: path.join(README_DIR, `${pageName}-${name}.jpg`),
        type: 'jpeg',
        quality: 80,
      });
    }
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [device, viewport] of Object.entries(DEVICES)) {
    test(`screenshots of the main pages: ${colorScheme}, ${device}`, async ({ browser }) => {
      const name = `${colorScheme}-${device}`;
      const anonymous = await (await browser.newContext({ colorScheme, viewport })).newPage();
      await capture(anonymous, name, { landing: '/' });

      const page = await signedInPage(browser, await showcaseOwner(browser), { colorScheme, viewport });
      await activateOrganization(page, ORGANIZATION);
      await capture(page, name, {
        dashboard: '/dashboard',
        members: '/settings/members',
        billing: '/settings/billing',
        admin: '/admin/users',
      });
    });
  }
}
