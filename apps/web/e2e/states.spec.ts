import { expect, test } from '@playwright/test';
import { visit } from './support/shell';
import { createEmptyOrganization, createUser, signedInPage } from './support/users';

test('empty lists say so and what to do; mutations toast on success and read well on failure', async ({
  browser,
}) => {
  const stamp = Date.now();
  const user = await createUser();
  const page = await signedInPage(browser, user);

  await visit(page, '/dashboard');
  await expect(page.getByTestId('active-account')).toContainText('You are not in any organization yet');
  await visit(page, '/settings/sessions');
  await expect(page.getByText('You are signed in on this device only.')).toBeVisible();

  await visit(page, '/organizations/new');
  await page.getByLabel('Name').fill(`Toast Co ${stamp}`);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page.getByText(`Toast Co ${stamp} was created. You are its owner.`)).toBeVisible();

  // The same slug again: the field says why and what to do, nothing technical.
  await visit(page, '/organizations/new');
  await page.getByLabel('Name').fill(`Toast Co ${stamp}`);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'This slug is taken. Choose another one.' }),
  ).toBeVisible();

  await visit(page, '/dashboard');
  await page.getByTestId('account-switcher').click();
  await page.getByRole('menuitemradio', { name: 'Personal account' }).click();
  await expect(page.getByText('Now working in your personal account.')).toBeVisible();
});

test('a slow page shows a pending state while its data loads', async ({ browser }) => {
  const user = await createUser({ organization: 'Slow Loris' });
  const page = await signedInPage(browser, user);
  await visit(page, '/dashboard');
  await page.getByTestId('account-switcher').click();
  await page.getByRole('menuitemradio', { name: 'Slow Loris' }).click();
  await expect(page.getByTestId('active-account')).toContainText('Slow Loris');

  await page.route('**/_serverFn/features.organization.members.functions.fetchMembers**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
});

test('an admin sees an organization without members say so', async ({ browser }) => {
  const admin = await createUser({ role: 'admin' });
  const organizationId = await createEmptyOrganization(`Ghost Town ${Date.now()}`);
  const page = await signedInPage(browser, admin);
  await visit(page, `/admin/organizations/${organizationId}`);
  await expect(page.getByText('No members: nobody can sign in to this organization.')).toBeVisible();
});

test('an unknown address shows the 404 page, loaded and hydrated when it is shown', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  // Hydrated: its link navigates on the client.
  await page.getByRole('link', { name: 'Back home' }).click();
  await expect(page).toHaveURL(/\/$/);
});
