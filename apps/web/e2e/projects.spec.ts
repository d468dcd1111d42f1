import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { overflowsHorizontally, visit } from './support/shell';
import { activateOrganization, createUser, signedInPage } from './support/users';

test('an owner creates, renames and deletes a project of the active organization', async ({ browser }) => {
  const owner = await createUser({ organization: 'Project Works' });
  const page = await signedInPage(browser, owner);
  await activateOrganization(page, 'Project Works');

  await page.getByRole('link', { name: 'Projects' }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByText('No projects yet.')).toBeVisible();

  // The browser checks the form before anything is sent.
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByText('Give the project a name.')).toBeVisible();

  await page.getByLabel('Name').fill('Apollo');
  await page.getByLabel('Description (optional)').fill('The moon shot');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByText('Project “Apollo” created.')).toBeVisible();
  const row = page.getByRole('row', { name: /Apollo/ });
  await expect(row).toContainText('The moon shot');

  // Listed on the server: it survives a reload. (axe runs without a toast on screen: the suite checks
  // pages, not the toaster's entrance animation.)
  await visit(page, '/projects');
  await expect(row).toContainText('The moon shot');
  expect(await seriousViolations(page)).toEqual([]);
  await row.getByRole('button', { name: 'Rename Apollo' }).click();
  await page.getByLabel('New name').fill('Artemis');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Project renamed to “Artemis”.')).toBeVisible();

  await page.getByRole('button', { name: 'Delete Artemis' }).click();
  await page.getByRole('button', { name: 'Delete “Artemis” for good' }).click();
  await expect(page.getByText('Project “Artemis” deleted.')).toBeVisible();
  await expect(page.getByText('No projects yet.')).toBeVisible();

  await page.setViewportSize({ width: 360, height: 740 });
  expect(await overflowsHorizontally(page)).toBe(false);
});
