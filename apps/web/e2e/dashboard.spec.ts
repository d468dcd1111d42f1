import { createDatabase } from '@kit/database';
import { invitation, member } from '@kit/database/schema';
import { createTestUser } from '@kit/database/testing';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { projects } from '../src/features/projects/projects.table';
import { seriousViolations } from './support/axe';
import { visit } from './support/shell';
import { activateOrganization, createUser, signedInPage } from './support/users';

const SUMMARY = '**/_serverFn/features.dashboard.dashboard.functions.fetchDashboardSummary**';

/** An organization with a second member, two projects and a pending invitation, straight in the database. */
async function fillOrganization(organizationId: string, ownerId: string, stamp: number) {
  const handle = createDatabase({ url: process.env.DATABASE_URL });
  try {
    const teammate = await createTestUser(handle.db, { name: `Grace Teammate ${stamp}` });
    await handle.db
      .insert(member)
      .values({ id: crypto.randomUUID(), organizationId, userId: teammate.id, role: 'admin' });
    await handle.db.insert(projects).values([
      { organizationId, name: `Apollo ${stamp}`, createdAt: new Date(Date.now() - 60_000) },
      { organizationId, name: `Gemini ${stamp}` },
    ]);
    await handle.db.insert(invitation).values({
      id: crypto.randomUUID(),
      organizationId,
      email: `newcomer-${stamp}@example.test`,
      role: 'member',
      status: 'pending',
      expiresAt: new Date(Date.now() + 86_400_000),
      inviterId: ownerId,
    });
  } finally {
    await handle.close();
  }
}

/** A new owner of `organization`, signed in, on its dashboard with the cards shown. */
async function ownerOnDashboard(browser: Browser, organization: string) {
  const page = await signedInPage(browser, await createUser({ organization }));
  await activateOrganization(page, organization);
  await loaded(page);
  return page;
}

/** The summary came and the cards show (a slow machine may take a while to hydrate). */
async function loaded(page: Page) {
  await expect(page.getByTestId('dashboard-members')).toBeVisible({ timeout: 30_000 });
}

test("an organization's dashboard shows its members, projects, invitations and where to go next", async ({
  browser,
}) => {
  const stamp = Date.now();
  const owner = await createUser({ name: 'Olivia Owner', organization: `Dash Co ${stamp}` });
  await fillOrganization(owner.organizationId ?? '', owner.id, stamp);
  const page = await signedInPage(browser, owner);
  await activateOrganization(page, `Dash Co ${stamp}`);
  await loaded(page);

  const members = page.getByTestId('dashboard-members');
  await expect(members.getByTestId('dashboard-member-count')).toHaveText('2');
  await expect(members).toContainText('Olivia Owner');
  await expect(members).toContainText(`Grace Teammate ${stamp}`);
  await expect(members.getByRole('link', { name: 'View all members' })).toBeVisible();

  const projectsCard = page.getByTestId('dashboard-projects');
  await expect(projectsCard.getByTestId('dashboard-project-count')).toHaveText('2');
  // Newest first.
  await expect(projectsCard.getByRole('listitem').first()).toContainText(`Gemini ${stamp}`);
  await expect(projectsCard.getByRole('listitem').nth(1)).toContainText(`Apollo ${stamp}`);

  const invitations = page.getByTestId('dashboard-invitations');
  await expect(invitations.getByTestId('dashboard-invitation-count')).toHaveText('1');
  await expect(invitations).toContainText(`newcomer-${stamp}@example.test`);
  // Billing is on in the browser suite; the organization never subscribed: the free plan's limits.
  const plan = page.getByTestId('dashboard-plan');
  await expect(plan.getByTestId('dashboard-plan-name')).toHaveText('Free plan');
  await expect(plan.getByTestId('dashboard-usage-projects')).toContainText('2 of 3');
  await expect(plan.getByTestId('dashboard-usage-members')).toContainText('2 of 3');

  await projectsCard.getByRole('link', { name: `Gemini ${stamp}` }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
});

test('empty states say what to do next, with the button to do it', async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const owner = await createUser({ organization: `Blank Slate ${stamp}` });
  const page = await signedInPage(browser, owner);

  // The personal account of someone in one organization: its card, the security status with its links.
  await visit(page, '/dashboard');
  await expect(page.getByTestId('dashboard-organizations')).toContainText(`Blank Slate ${stamp}`);
  const security = page.getByTestId('dashboard-security');
  await expect(security.getByTestId('dashboard-security-email')).toContainText('Confirmed');
  await expect(security.getByTestId('dashboard-security-two-factor')).toContainText('Off');
  await expect(security.getByTestId('dashboard-security-passkeys')).toContainText('0');
  await expect(security.getByTestId('dashboard-security-sessions')).toContainText('1');
  await expect(page.getByTestId('dashboard-my-invitations')).toContainText(
    'No invitations are waiting for you.',
  );
  await security.getByRole('link', { name: 'Turn on two-factor' }).click();
  await expect(page).toHaveURL(/\/settings\/security/);

  // The organization, alone and without projects or invitations.
  await activateOrganization(page, `Blank Slate ${stamp}`);
  await loaded(page);
  const members = page.getByTestId('dashboard-members');
  await expect(members).toContainText('You are the only member so far. Invite your team to work together.');
  const projectsCard = page.getByTestId('dashboard-projects');
  await expect(projectsCard).toContainText('No projects yet. Create the first one to get started.');
  const invitations = page.getByTestId('dashboard-invitations');
  await expect(invitations).toContainText('No invitations are waiting for an answer.');

  await projectsCard.getByRole('link', { name: 'Create project' }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByRole('button', { name: 'Create project' })).toBeVisible();

  await visit(page, '/dashboard');
  await members.getByRole('link', { name: 'Invite members' }).click();
  await expect(page).toHaveURL(/\/settings\/members$/);
  await expect(page.getByRole('button', { name: 'Send invitation' })).toBeVisible();
});

test('someone in no organization is shown how to create one', async ({ browser }) => {
  const page = await signedInPage(browser, await createUser());
  await visit(page, '/dashboard');
  const organizations = page.getByTestId('dashboard-organizations');
  await expect(organizations.getByTestId('dashboard-organization-count')).toHaveText('0');
  await expect(organizations).toContainText('Organizations let you work with your team.');
  await organizations.getByRole('link', { name: 'Create organization' }).click();
  await expect(page).toHaveURL(/\/organizations\/new$/);
});

test('the cards come with the page and hold their place through hydration; a failed summary on a visit offers to try again', async ({
  browser,
}) => {
  const page = await ownerOnDashboard(browser, `Steady ${Date.now()}`);

  // The server's HTML has the cards with their content, not a loading state.
  const html = await (await page.request.get('/dashboard')).text();
  expect(html).toContain('data-testid="dashboard-member-count"');
  expect(html).toContain('data-testid="dashboard-projects"');
  expect(html).not.toContain('Loading the dashboard');

  // Where the server put them is where they stay once the page is interactive.
  const CARDS_CODE = '**/assets/organization-dashboard-cards-*.js';
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(CARDS_CODE, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  const projects = page.getByTestId('dashboard-projects');
  await expect(projects).toBeVisible();
  const serverBox = await projects.boundingBox();
  release();
  await page.waitForLoadState('networkidle');
  await page.unroute(CARDS_CODE);
  await expect(page.getByTestId('dashboard-projects-loading')).toHaveCount(0);
  expect(await projects.boundingBox()).toEqual(serverBox);

  // A client-side visit whose summary cannot be read: the error page, and trying again reads it.
  await page.route(SUMMARY, (route) => route.abort());
  await page.getByRole('link', { name: 'Projects', exact: true }).first().click();
  await expect(page).toHaveURL(/\/projects$/);
  await page.getByRole('link', { name: 'Dashboard', exact: true }).first().click();
  const errorPage = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
  await expect(errorPage).toBeVisible({ timeout: 20_000 });
  await page.unroute(SUMMARY);
  await errorPage.getByRole('button', { name: 'Try again' }).click();
  await loaded(page);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test('cards whose code cannot load (a new deployment) show the error page, and trying again loads them', async ({
  browser,
}) => {
  const page = await ownerOnDashboard(browser, `Redeployed ${Date.now()}`);

  const CARDS_CODE = '**/assets/organization-dashboard-cards-*.js';
  await page.route(CARDS_CODE, (route) => route.abort());
  await page.reload();
  const errorPage = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
  await expect(errorPage).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('dashboard-projects-loading')).toHaveCount(0);

  await page.unroute(CARDS_CODE);
  await errorPage.getByRole('button', { name: 'Try again' }).click();
  await loaded(page);
});

for (const locale of ['en-US', 'de-DE'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe: the dashboards with content and empty, ${locale}, ${colorScheme}`, async ({ browser }) => {
      test.setTimeout(180_000);
      const stamp = Date.now();
      const owner = await createUser({ name: 'Axel Dash', organization: `Axe Dash ${stamp}` });
      await fillOrganization(owner.organizationId ?? '', owner.id, stamp);
      const page = await signedInPage(browser, owner, { colorScheme, locale });
      await visit(page, '/dashboard');
      await expect(page.getByTestId('dashboard-security')).toBeVisible({ timeout: 30_000 });
      const violations = await seriousViolations(page, `personal dashboard ${locale} ${colorScheme}`);
      await activateOrganization(page, `Axe Dash ${stamp}`);
      // Loaded afresh: the switcher's toast, fading out, is no part of the page.
      await visit(page, '/dashboard');
      await loaded(page);
      violations.push(...(await seriousViolations(page, `organization dashboard ${locale} ${colorScheme}`)));

      const empty = await signedInPage(browser, await createUser(), { colorScheme, locale });
      await visit(empty, '/dashboard');
      await expect(empty.getByTestId('dashboard-security')).toBeVisible({ timeout: 30_000 });
      violations.push(...(await seriousViolations(empty, `empty dashboard ${locale} ${colorScheme}`)));
      expect(violations).toEqual([]);
    });
  }
}
