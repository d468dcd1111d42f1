import { expect, type Page, test } from '@playwright/test';
import { networkQuiet, signOut } from './support/shell';
import { signUpAndVerify, skipOnboarding } from './support/sign-up';

test('sign up, create an organization, switch to it and back, sign out', async ({ page }) => {
  const stamp = Date.now();
  const email = `e2e-${stamp}@example.test`;
  // Its own name on every attempt: a retry must not find the first attempt's slug taken.
  const organization = `Rocket Labs ${stamp}`;
  // A Content-Security-Policy violation or a hydration error shows up as a console error.
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  await page.goto('/auth/sign-up');
  await signUpAndVerify(page, { name: 'Eve Tester', email, password: 'e2e-password-123' });

  await skipOnboarding(page);
  await expect(page.getByTestId('active-account')).toContainText('Personal account');

  await page.getByTestId('account-switcher').click();
  await page.getByRole('menuitem', { name: 'Create organization' }).click();
  await expect(page).toHaveURL(/\/organizations\/new$/);
  await page.getByLabel('Name').fill(organization);
  await expect(page.getByLabel('Slug')).toHaveValue(`rocket-labs-${stamp}`);
  await page.getByRole('button', { name: 'Create organization' }).click();

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('active-account')).toContainText(organization);
  await expect(page.getByTestId('active-account')).toContainText('owner');

  // The organization's dashboard has read its summary and its recent activity (both after hydration)
  // before the counting starts.
  await expectDashboardRead(page);
  // Back to the personal account: one request, without a full page load.
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  const requests: string[] = [];
  // The pointer ends up over a sidebar link, whose hover preload may ask for the auth state: not part
  // of the switch.
  const countRequest = (request: { url: () => string }) => {
    // Server calls only: the dashboard's cards load their code after hydration, whenever that is.
    const url = request.url();
    if (url.includes('/_serverFn/') && !url.includes('identity.functions.fetchIdentity')) requests.push(url);
  };
  page.on('request', countRequest);
  const personalSummary = page.waitForResponse((response) =>
    response.url().includes('dashboard.functions.fetchMyDashboardSummary'),
  );
  await page.getByTestId('account-switcher').click();
  await page.getByRole('menuitemradio', { name: 'Personal account' }).click();
  await expect(page.getByTestId('active-account')).toContainText('Personal account');
  // The summary may be asked for after the label changes; then whatever follows it is counted too.
  await personalSummary;
  await networkQuiet(page);
  page.off('request', countRequest);
  // The switch is one request; the dashboard then reads the new account's summary, its content (the
  // organization's recent-activity card may still be reading the log it showed).
  const summaries = requests.filter((url) => url.includes('/_serverFn/features.dashboard.'));
  const activity = requests.filter((url) => url.includes('/_serverFn/features.activity.'));
  const others = requests.filter((url) => !summaries.includes(url) && !activity.includes(url));
  expect(others).toHaveLength(1);
  expect(others[0]).toContain('/_serverFn/features.organization.organizations.functions.switchAccount');
  expect(summaries).toEqual([expect.stringContaining('dashboard.functions.fetchMyDashboardSummary')]);

  await page.getByTestId('account-switcher').click();
  await page.getByRole('menuitemradio', { name: organization }).click();
  await expect(page.getByTestId('active-account')).toContainText(organization);
  expect(navigations).toEqual([]);

  // The active organization lives on the server session: it survives a reload.
  await page.reload();
  await expect(page.getByTestId('active-account')).toContainText(organization);
  // Signing out once the reloaded dashboard has read what it shows: a read still on its way when the
  // session ends is refused (a 401 in the console), as it should be.
  await expectDashboardRead(page);

  await signOut(page);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/auth\/sign-in\?redirect=%2Fdashboard$/);
  expect(consoleErrors).toEqual([]);
});

/** The organization's dashboard has read its summary and its recent activity (both after hydration). */
async function expectDashboardRead(page: Page) {
  await expect(page.getByTestId('dashboard-projects')).toBeVisible();
  await expect(page.getByTestId('recent-activity')).toBeVisible();
  await expect(page.getByTestId('recent-activity').getByRole('status')).toHaveCount(0);
}
