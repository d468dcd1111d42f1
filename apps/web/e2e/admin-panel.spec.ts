import { createDatabase } from '@kit/database';
import { createTestUser, type TestUser } from '@kit/database/testing';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { signedInPage as signInThroughApi } from './support/users';

async function createUsers() {
  const handle = createDatabase({ url: process.env.DATABASE_URL });
  try {
    const stamp = Date.now();
    return {
      admin: await createTestUser(handle.db, {
        role: 'admin',
        email: `admin-${stamp}@example.test`,
        name: 'Ada Admin',
      }),
      troll: await createTestUser(handle.db, {
        email: `troll-${stamp}@example.test`,
        name: `Troll ${stamp}`,
      }),
      customer: await createTestUser(handle.db, {
        email: `customer-${stamp}@example.test`,
        name: `Casey ${stamp}`,
      }),
    };
  } finally {
    await handle.close();
  }
}

// Signed in through the auth API: a click on the sign-in form before it hydrates would submit it natively.
async function signedInPage(browser: Browser, user: TestUser): Promise<Page> {
  const page = await signInThroughApi(browser, user);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/dashboard$/);
  return page;
}

test('an admin bans a user, who is signed out on their next request; then impersonates another', async ({
  browser,
}) => {
  const { admin, troll, customer } = await createUsers();
  const trollPage = await signedInPage(browser, troll);
  const adminPage = await signedInPage(browser, admin);

  // Search and ban.
  await adminPage.getByRole('link', { name: 'Admin' }).click();
  await adminPage.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Users' }).click();
  await adminPage.getByLabel('Name or email').fill(troll.email);
  await adminPage.getByRole('button', { name: 'Apply' }).click();
  await expect(adminPage).toHaveURL(/search=/);
  await adminPage.getByRole('link', { name: troll.name }).click();
  const banForm = adminPage.getByRole('form', { name: 'Ban user' });
  // No reason, no ban: the field says so and no confirmation opens.
  await banForm.getByRole('button', { name: 'Ban user' }).click();
  await expect(banForm.getByText('Give a reason; the user sees it.')).toBeVisible();
  await expect(adminPage.getByRole('alertdialog')).toHaveCount(0);
  await banForm.getByLabel('Reason').fill('Spamming every channel');
  // A ban signs the user out everywhere: it is confirmed first, and Cancel changes nothing.
  await banForm.getByRole('button', { name: 'Ban user' }).click();
  const confirm = adminPage.getByRole('alertdialog', { name: `Ban ${troll.name}?` });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(banForm.getByRole('button', { name: 'Ban user' })).toBeFocused();
  await banForm.getByLabel('Reason').press('Enter');
  await confirm.getByRole('button', { name: 'Ban user' }).click();
  await expect(adminPage.getByText('User banned. All of their sessions ended.')).toBeVisible();
  await expect(adminPage.getByText('Reason: Spamming every channel.')).toBeVisible();

  // The banned user's open tab keeps what it showed until it next asks the server: that answer (401)
  // sends it to sign-in.
  await trollPage.getByRole('link', { name: 'Settings', exact: true }).click();
  await trollPage.getByRole('link', { name: 'Sessions', exact: true }).click();
  await expect(trollPage).toHaveURL(/\/auth\/sign-in\?redirect=/);

  // Impersonate another user, see the banner on every page, stop.
  await adminPage.goto('/admin/users');
  await adminPage.getByLabel('Name or email').fill(customer.email);
  await adminPage.getByRole('button', { name: 'Apply' }).click();
  await adminPage.getByRole('link', { name: customer.name }).click();
  await adminPage.getByRole('button', { name: `Impersonate ${customer.name}` }).click();
  await expect(adminPage).toHaveURL(/\/dashboard$/);
  const banner = adminPage.getByTestId('impersonation-banner');
  await expect(banner).toContainText(`You are impersonating ${customer.name}`);
  await adminPage.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Stop impersonating' }).click();
  await expect(adminPage).toHaveURL(new RegExp(`/admin/users/${customer.id}$`));
  await expect(adminPage.getByTestId('impersonation-banner')).toHaveCount(0);
  await expect(adminPage.getByRole('heading', { name: customer.name })).toBeVisible();

  // Everything above is in the audit log.
  await adminPage.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Audit log' }).click();
  const entries = adminPage.getByTestId('audit-entry');
  await expect(entries.filter({ hasText: 'user.ban' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'user.impersonate' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'user.stop-impersonating' })).toHaveCount(1);
});

test('the admin user list sorts by a column heading and filters with the styled selects', async ({
  browser,
}) => {
  const stamp = Date.now();
  const handle = createDatabase({ url: process.env.DATABASE_URL });
  let admin: TestUser;
  try {
    admin = await createTestUser(handle.db, {
      role: 'admin',
      email: `sorter-${stamp}@example.test`,
      name: `Sorter ${stamp}`,
    });
    for (const name of ['Bravo', 'Alpha', 'Charlie']) {
      await createTestUser(handle.db, {
        email: `${name.toLowerCase()}-${stamp}@example.test`,
        name: `${name} ${stamp}`,
      });
    }
  } finally {
    await handle.close();
  }
  const page = await signedInPage(browser, admin);
  await page.goto(`/admin/users?search=${stamp}`);
  const names = page.getByRole('table').locator('tbody tr td:first-child a');
  const nameHeader = page.getByRole('columnheader', { name: 'Name' });
  const joinedHeader = page.getByRole('columnheader', { name: 'Joined' });
  // Newest first by default: the joined column says so, the name column is sortable but not sorted.
  await expect(joinedHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'none');

  await nameHeader.getByRole('button').click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(joinedHeader).toHaveAttribute('aria-sort', 'none');
  await expect(names).toHaveText([`Alpha ${stamp}`, `Bravo ${stamp}`, `Charlie ${stamp}`, `Sorter ${stamp}`]);

  // The keyboard reverses it; the search filter stays.
  await nameHeader.getByRole('button').press('Enter');
  await expect(page).toHaveURL(/order=desc/);
  await expect(page).toHaveURL(new RegExp(`search=[^&]*${stamp}`));
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(names).toHaveText([`Sorter ${stamp}`, `Charlie ${stamp}`, `Bravo ${stamp}`, `Alpha ${stamp}`]);

  // The role filter is a styled select, opened from the keyboard; the form submits its value.
  const role = page.getByRole('combobox', { name: 'Role' });
  await expect(role).toHaveText('Any');
  await role.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Admin' }).click();
  await expect(role).toHaveText('admin');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/role=admin/);
  await expect(names).toHaveText([`Sorter ${stamp}`]);
  // The sort survives the filter.
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');

  // A page past the end (an old link) says so, rather than "no user matches", and leads back.
  await page.goto(`/admin/users?search=${stamp}&page=99999`);
  await expect(page.getByText('Page 99,999 is past the end of the list.')).toBeVisible();
  await page.getByRole('button', { name: 'Go to page 1' }).click();
  await expect(page).toHaveURL(/page=1\b|^(?!.*page=)/);
  await expect(names).toHaveCount(4);
});
