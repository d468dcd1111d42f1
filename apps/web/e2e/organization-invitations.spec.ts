import { expect, type Page, test } from '@playwright/test';
import { latestEmailTo } from './support/mailbox';
import { signUpAndVerify, skipOnboarding } from './support/sign-up';

function signUp(page: Page, name: string, email: string) {
  return signUpAndVerify(page, { name, email, password: 'e2e-password-123' });
}

test('an owner invites by email; the invitee signs up from the link, accepts, and gets a new role', async ({
  browser,
}) => {
  const stamp = Date.now();
  const ownerEmail = `owner-${stamp}@example.test`;
  const inviteeEmail = `invitee-${stamp}@example.test`;

  // The owner signs up and creates an organization.
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await owner.goto('/auth/sign-up');
  await signUp(owner, 'Olivia Owner', ownerEmail);
  await skipOnboarding(owner);
  await owner.goto('/organizations/new');
  await owner.getByLabel('Name').fill(`Orbit ${stamp}`);
  await owner.getByRole('button', { name: 'Create organization' }).click();
  await expect(owner.getByTestId('active-account')).toContainText(`Orbit ${stamp}`);

  // … and invites an email address.
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
  const invite = owner.getByRole('form', { name: 'Invite a member' });
  await invite.getByLabel('Email').fill(inviteeEmail);
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(owner.getByRole('list', { name: 'Pending invitations' })).toContainText(inviteeEmail);

  // The invitee opens the emailed link in another browser, signs up with that address and accepts.
  const email = await latestEmailTo(inviteeEmail, /invited to join/);
  const link = email.links.find((href) => href.includes('/invitations/'));
  expect(link).toBeTruthy();
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(link ?? '');
  await expect(invitee).toHaveURL(/\/auth\/sign-in\?redirect=/);
  await invitee.getByRole('main').getByRole('link', { name: 'Sign up' }).click();
  await signUp(invitee, 'Ivan Invitee', inviteeEmail);
  await expect(invitee.getByTestId('invitation')).toContainText(`Join Orbit ${stamp}`);
  await invitee.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(invitee).toHaveURL(/\/dashboard$/);
  await expect(invitee.getByTestId('active-account')).toContainText(`Orbit ${stamp}`);
  await expect(invitee.getByTestId('active-account')).toContainText('member');

  // Both see each other in the members list; the invitee, a member, cannot invite.
  await invitee.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
  await expect(invitee.getByTestId(`member-${ownerEmail}`)).toContainText('owner');
  await expect(invitee.getByRole('button', { name: 'Send invitation' })).toHaveCount(0);
  await owner.reload();
  await expect(owner.getByTestId(`member-${inviteeEmail}`)).toBeVisible();

  // The owner makes the invitee an admin. The invitee's tab keeps the identity it read until it comes
  // back into focus (after 30 s: the clock is moved on rather than waited for), then follows.
  // The role picker works like the platform's select: focus, open with the arrow key, pick, confirm.
  const role = owner.getByRole('combobox', { name: 'Role of Ivan Invitee' });
  await expect(role).toHaveText('member');
  await role.focus();
  await owner.keyboard.press('ArrowDown');
  await expect(owner.getByRole('listbox')).toBeVisible();
  await owner.getByRole('option', { name: 'Admin' }).press('Enter');
  await expect(owner.getByRole('listbox')).toBeHidden();
  await expect(role).toHaveText('admin');
  await expect(role).toBeFocused();
  await expect(owner.getByText('Role changed.')).toBeVisible();
  await invitee.getByRole('link', { name: 'Dashboard' }).click();
  await expect(invitee.getByTestId('active-account')).toContainText('member');
  await invitee.evaluate(() => {
    const realNow = Date.now.bind(Date);
    Date.now = () => realNow() + 60_000;
    window.dispatchEvent(new Event('focus'));
  });
  await expect(invitee.getByTestId('active-account')).toContainText('admin');
  await invitee.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
  await expect(invitee.getByRole('button', { name: 'Send invitation' })).toBeVisible();

  await ownerContext.close();
  await inviteeContext.close();
});
