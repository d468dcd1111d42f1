// Issue 19, items 3 and 4 in the browser: personal and organization settings are two sections, each
// with only its own tabs, breadcrumbs and a page title; the activity log shows an owner their own
// organization's events and nothing of another's, and a member gets no page.
import { createDatabase } from '@kit/database';
import { auditLog, member } from '@kit/database/schema';
import { createTestUser, type TestUser } from '@kit/database/testing';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { visit } from './support/shell';
import { activateOrganization, createUser, signedInPage } from './support/users';

async function addMember(organizationId: string, role: 'admin' | 'member'): Promise<TestUser> {
  const handle = createDatabase({ url: process.env.DATABASE_URL });
  try {
    const user = await createTestUser(handle.db);
    await handle.db.insert(member).values({ id: crypto.randomUUID(), organizationId, userId: user.id, role });
    return user;
  } finally {
    await handle.close();
  }
}

/** `count` projects created by `actor`, straight into the organization's activity log, a minute apart. */
async function recordProjects(organizationId: string, actor: TestUser, count: number): Promise<void> {
  const handle = createDatabase({ url: process.env.DATABASE_URL });
  try {
    await handle.db.insert(auditLog).values(
      Array.from({ length: count }, (_, index) => ({
        id: crypto.randomUUID(),
        actorId: actor.id,
        actorEmail: actor.email,
        action: 'project.create',
        targetType: 'project',
        targetId: crypto.randomUUID(),
        organizationId,
        metadata: { name: `Plan ${index + 1}` },
        createdAt: new Date(Date.now() - (count - index) * 60_000),
      })),
    );
  } finally {
    await handle.close();
  }
}

/** Presses Tab until `target` has the focus (at most `limit` times): it is reachable by keyboard. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((element) => document.activeElement === element, handle)) return;
  }
  throw new Error(`${target} was not reached by ${limit} presses of Tab`);
}

async function createProject(page: Page, name: string, submit = 'Create project') {
  await visit(page, '/projects');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByRole('button', { name: submit }).click();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
}

test('personal and organization settings are two sections with their own tabs, breadcrumbs and titles', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const organization = `Tabs ${Date.now()}`;
  const owner = await createUser({ name: 'Tess Tabs', organization });
  const page = await signedInPage(browser, owner);
  await activateOrganization(page, organization);

  // The person's section: Profile, Security, Sessions, and nothing of the organization's.
  await visit(page, '/settings');
  await expect(page).toHaveURL(/\/settings\/profile$/);
  const personal = page.getByRole('navigation', { name: 'Your settings' });
  await expect(personal.getByRole('link')).toHaveText(['Profile', 'Security', 'Sessions']);
  await expect(page.getByRole('navigation', { name: 'Organization settings' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profile');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('listitem')).toHaveText(['Your settings', '/Profile']);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Profile');

  // The tabs are reached and followed with the keyboard.
  await tabTo(page, personal.getByRole('link', { name: 'Security' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/settings\/security$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security');
  await expect(personal.getByRole('link', { name: 'Security' })).toHaveAttribute('aria-current', 'page');

  // The organization's section, from the sidebar: General, Members, Activity, Billing; no personal tabs.
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await sidebar.getByRole('link', { name: 'Organization settings' }).click();
  await expect(page).toHaveURL(/\/settings\/organization$/);
  const organizationTabs = page.getByRole('navigation', { name: 'Organization settings' });
  await expect(organizationTabs.getByRole('link')).toHaveText(['General', 'Members', 'Activity', 'Billing']);
  await expect(page.getByRole('navigation', { name: 'Your settings' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('General');

  // The members page (which used to show the personal tabs) has the organization's tabs only.
  await tabTo(page, organizationTabs.getByRole('link', { name: 'Members' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/settings\/members$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Members');
  await expect(page.getByRole('navigation', { name: 'Your settings' })).toHaveCount(0);
  for (const personalTab of ['Profile', 'Security', 'Sessions']) {
    await expect(page.getByRole('main').getByRole('link', { name: personalTab, exact: true })).toHaveCount(0);
  }
  await expect(crumbs.getByRole('listitem')).toHaveText([organization, '/Organization settings', '/Members']);
  await crumbs.getByRole('link', { name: 'Organization settings' }).click();
  await expect(page).toHaveURL(/\/settings\/organization$/);

  // Admin pages have titles and, nested, breadcrumbs too; auth pages a title.
  await page.context().close();
  const anonymous = await browser.newPage();
  await visit(anonymous, '/auth/sign-in');
  await expect(anonymous.getByRole('heading', { level: 1 })).toHaveCount(1);
  await anonymous.context().close();
});

test("the activity log shows an owner their organization's events only; a member gets no page", async ({
  browser,
}) => {
  // Three people in three browsers, two projects created through the page.
  test.setTimeout(150_000);
  const stamp = Date.now();
  const ours = `Ours ${stamp}`;
  const theirs = `Theirs ${stamp}`;
  const owner = await createUser({ name: 'Olga Owner', organization: ours });
  const otherOwner = await createUser({ name: 'Otto Other', organization: theirs });
  const teammate = await addMember(owner.organizationId ?? '', 'member');

  const other = await signedInPage(browser, otherOwner);
  await activateOrganization(other, theirs);
  await createProject(other, `Secret plan ${stamp}`);

  const page = await signedInPage(browser, owner);
  await activateOrganization(page, ours);
  await createProject(page, `Open plan ${stamp}`);

  await visit(page, '/settings/activity');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activity');
  const rows = page.getByTestId('activity-entry');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Olga Owner');
  await expect(rows.first()).toContainText(`created the project “Open plan ${stamp}”`);
  await expect(page.getByText(`Secret plan ${stamp}`)).toHaveCount(0);
  await expect(page.getByRole('columnheader')).toHaveText(['Who', 'What', 'When', 'From where']);
  expect(await seriousViolations(page, 'activity log')).toEqual([]);
  // On a phone the table scrolls sideways: the keyboard reaches it too (axe: scrollable-region-focusable).
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await seriousViolations(page, 'activity log, 390 px')).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The other organization's owner sees their own event, not ours.
  await visit(other, '/settings/activity');
  await expect(other.getByTestId('activity-entry')).toHaveCount(1);
  await expect(other.getByTestId('activity-entry')).toContainText(`Secret plan ${stamp}`);
  await expect(other.getByText(`Open plan ${stamp}`)).toHaveCount(0);

  // A member: no Activity tab, and the address says plainly that the log is not theirs.
  const memberPage = await signedInPage(browser, teammate);
  await activateOrganization(memberPage, ours);
  await visit(memberPage, '/settings/members');
  const tabs = memberPage.getByRole('navigation', { name: 'Organization settings' });
  await expect(tabs.getByRole('link', { name: 'Members' })).toBeVisible();
  await expect(tabs.getByRole('link', { name: 'Activity' })).toHaveCount(0);
  const activityCalls: string[] = [];
  memberPage.on('request', (request) => {
    if (request.url().includes('listOrganizationActivity')) activityCalls.push(request.url());
  });
  await visit(memberPage, '/settings/activity');
  // Named like the page they asked for, though the tab is not theirs.
  await expect(memberPage.getByRole('heading', { level: 1 })).toHaveText('Activity');
  await expect(memberPage).toHaveTitle('Activity — Kit');
  await expect(memberPage.getByTestId('activity-forbidden')).toContainText(
    'Only owners and admins see the activity log',
  );
  await expect(memberPage.getByTestId('activity-entry')).toHaveCount(0);
  await expect(memberPage.getByText(`Open plan ${stamp}`)).toHaveCount(0);
  expect(activityCalls).toEqual([]);
  expect(await seriousViolations(memberPage, 'activity log, member')).toEqual([]);
});

test('the settings sections and the activity log in German pass axe', async ({ browser }) => {
  test.setTimeout(120_000);
  const organization = `Deutsch ${Date.now()}`;
  const owner = await createUser({ name: 'Greta Grün', organization });
  const page = await signedInPage(browser, owner, { locale: 'de-DE' });
  await activateOrganization(page, organization);
  await createProject(page, 'Erstes Projekt', 'Projekt anlegen');
  const violations: string[] = [];
  for (const path of ['/settings/profile', '/settings/members', '/settings/activity']) {
    await visit(page, path);
    violations.push(...(await seriousViolations(page, `${path} (de)`)));
  }
  await expect(page.getByRole('navigation', { name: 'Organisationseinstellungen' })).toBeVisible();
  await expect(page.getByTestId('activity-entry')).toContainText('hat das Projekt „Erstes Projekt“ angelegt');
  expect(violations).toEqual([]);
});

test('the activity pager keeps the keyboard focus from page to page', async ({ browser }) => {
  const name = `Pages ${Date.now()}`;
  const owner = await createUser({ name: 'Petra Pager', organization: name });
  await recordProjects(owner.organizationId ?? '', owner, 25);
  const page = await signedInPage(browser, owner);
  await activateOrganization(page, name);
  await visit(page, '/settings/activity');
  const rows = page.getByTestId('activity-entry');
  await expect(rows).toHaveCount(20);
  await expect(rows.first()).toContainText('“Plan 25”');

  const older = page.getByRole('button', { name: 'Older' });
  await older.focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(5);
  await expect(rows.first()).toContainText('“Plan 5”');
  // Focused throughout, and on the last page it says it has nothing older rather than losing the focus.
  await expect(older).toBeFocused();
  await expect(older).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(5);

  const newer = page.getByRole('button', { name: 'Newer' });
  await newer.focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(20);
  await expect(newer).toBeFocused();
  await expect(newer).toHaveAttribute('aria-disabled', 'true');
});
