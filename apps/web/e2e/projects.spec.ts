import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { overflowsHorizontally, visit } from './support/shell';
import { activateOrganization, createUser, signedInPage } from './support/users';

test('an owner creates, edits and deletes a project of the active organization', async ({ browser }) => {
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
  await row.getByRole('button', { name: 'Edit Apollo' }).click();
  const list = page.getByRole('table');
  await list.getByLabel('Name', { exact: true }).fill('Artemis');
  // The description is a multi-line body: Enter adds a line instead of submitting the form.
  const description = list.getByRole('textbox', { name: 'Description (optional)' });
  await expect(description).toHaveValue('The moon shot');
  await description.press('End');
  await description.press('Enter');
  await description.pressSequentially('Second line');
  await list.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Project “Artemis” saved.')).toBeVisible();
  await visit(page, '/projects');
  const edited = page.getByRole('row', { name: /Artemis/ });
  await expect(edited).toContainText('The moon shot\nSecond line', { useInnerText: true });

  // Deleting asks first: Cancel and Escape leave the project, focus back on the button.
  const deleteButton = page.getByRole('button', { name: 'Delete Artemis' });
  await deleteButton.click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete “Artemis”?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(deleteButton).toBeFocused();
  await deleteButton.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(deleteButton).toBeFocused();
  await visit(page, '/projects');
  await expect(page.getByRole('row', { name: /Artemis/ })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Artemis' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete “Artemis” for good' }).click();
  await expect(page.getByText('Project “Artemis” deleted.')).toBeVisible();
  await expect(page.getByText('No projects yet.')).toBeVisible();

  await page.setViewportSize({ width: 360, height: 740 });
  expect(await overflowsHorizontally(page)).toBe(false);
});
