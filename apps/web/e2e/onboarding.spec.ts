import { expect, type Page, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { latestEmailTo } from './support/mailbox';
import { addSsoAccount, OIDC_PROVIDER_NAME, signInAtProvider } from './support/oidc';
import { recordPaths } from './support/session';
import { signOut, visit } from './support/shell';
import { signUpAndVerify } from './support/sign-up';
import { activateOrganization, createUser, signInContext } from './support/users';

const PASSWORD = 'e2e-password-123';

async function expectOnboardingOver(page: Page) {
  for (const path of ['/onboarding', '/onboarding/name', '/onboarding/invite']) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/dashboard$/);
  }
}

async function pendingInvitationsOf(page: Page) {
  await visit(page, '/settings/members');
  return page.getByRole('list', { name: 'Pending invitations' });
}

test('a new person goes through every step: name, organization, an invitation', async ({ page }) => {
  test.slow();
  const stamp = Date.now();
  // The provider knows no name but the address's: the flow asks for one first.
  const local = `nora-${stamp}`;
  const account = await addSsoAccount({ email: `${local}@example.test`, emailVerified: true, name: local });
  const inviteeEmail = `teammate-${stamp}@example.test`;

  await visit(page, '/auth/sign-up');
  await page.getByRole('button', { name: `Continue with ${OIDC_PROVIDER_NAME}` }).click();
  await signInAtProvider(page, account);

  await expect(page).toHaveURL(/\/onboarding\/name$/);
  await expect(page.getByText('Step 1 of 3')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome! What should we call you?');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Name').fill('Nora Newcomer');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page).toHaveURL(/\/onboarding\/organization$/);
  await expect(page.getByText('Step 2 of 3')).toBeVisible();
  await page.getByLabel('Organization name').fill(`Nimbus ${stamp}`);
  await expect(page.getByLabel('Slug')).toHaveValue(`nimbus-${stamp}`);
  await page.getByRole('button', { name: 'Create organization' }).click();

  await expect(page).toHaveURL(/\/onboarding\/invite$/);
  await expect(page.getByText('Step 3 of 3')).toBeVisible();
  await expect(page.getByRole('main')).toContainText(`Nimbus ${stamp}`);
  const invite = page.getByRole('form', { name: 'Invite a member' });
  await invite.getByLabel('Email').fill(inviteeEmail);
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitation sent to ${inviteeEmail}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Go to the dashboard' }).click();

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('active-account')).toContainText(`Nimbus ${stamp}`);
  await expect(page.getByTestId('active-account')).toContainText('owner');
  await expect(page.getByTestId('user-menu')).toContainText('Nora Newcomer');
  await expect(await pendingInvitationsOf(page)).toContainText(inviteeEmail);
  await latestEmailTo(inviteeEmail, /invited to join/);
  await expectOnboardingOver(page);
});

test('a new person skips the organization and is never shown onboarding again', async ({ page }) => {
  const email = `skipper-${Date.now()}@example.test`;
  await page.goto('/auth/sign-up');
  await signUpAndVerify(page, { name: 'Sky Skipper', email, password: PASSWORD });

  // The name came with the sign-up: the flow starts at the organization, the name step a link back.
  await expect(page).toHaveURL(/\/onboarding\/organization$/);
  await expect(page.getByText('Step 2 of 3')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Setting up your account' })).toContainText('Your name');
  await page.getByRole('button', { name: 'Continue on my personal account' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('active-account')).toContainText('Personal account');
  await expectOnboardingOver(page);

  // Signing in again, the dashboard at once.
  await visit(page, '/dashboard');
  await signOut(page);
  await visit(page, '/auth/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test('a new person creates an organization and skips the invitations', async ({ browser }) => {
  const person = await createUser({ name: 'Ivy Invitationless', onboarded: false });
  const context = await browser.newContext();
  await signInContext(context, person);
  const page = await context.newPage();
  await page.goto('/projects');
  await expect(page).toHaveURL(/\/onboarding\/organization$/);
  // Typed before hydration, the name would not fill in the slug (the page is hydrated once it is idle).
  await page.waitForLoadState('networkidle');
  const name = `Solo ${Date.now()}`;
  await page.getByLabel('Organization name').fill(name);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page).toHaveURL(/\/onboarding\/invite$/);
  // Back does not offer the organization form again (a second organization): the step is done.
  await page.goBack();
  await expect(page).toHaveURL(/\/onboarding\/invite$/);
  await expect(page.getByText('Step 3 of 3')).toBeVisible();
  await page.goto('/onboarding/organization');
  await expect(page).toHaveURL(/\/onboarding\/invite$/);
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('active-account')).toContainText(name);
  await expect(await pendingInvitationsOf(page)).toHaveCount(0);
  await expectOnboardingOver(page);
  await context.close();
});

test('coming back mid-flow resumes at the first unfinished step', async ({ browser }) => {
  const person = await createUser({ name: 'Remy Resume', onboarded: false });
  const name = `Relay ${Date.now()}`;
  const first = await browser.newContext();
  await signInContext(first, person);
  const before = await first.newPage();
  await before.goto('/dashboard');
  await expect(before).toHaveURL(/\/onboarding\/organization$/);
  await before.waitForLoadState('networkidle');
  await before.getByLabel('Organization name').fill(name);
  await before.getByRole('button', { name: 'Create organization' }).click();
  await expect(before).toHaveURL(/\/onboarding\/invite$/);
  await first.close();

  // Another day, another browser: any page of the app leads back to the invitations.
  const second = await browser.newContext();
  await signInContext(second, person);
  const page = await second.newPage();
  await visit(page, '/settings/profile');
  await expect(page).toHaveURL(/\/onboarding\/invite$/);
  await expect(page.getByText('Step 3 of 3')).toBeVisible();
  // A new session works in the personal account: the step first switches to the organization.
  await page.getByRole('button', { name: `Invite people to ${name}` }).click();
  const invite = page.getByRole('form', { name: 'Invite a member' });
  const inviteeEmail = `resumed-${Date.now()}@example.test`;
  await invite.getByLabel('Email').fill(inviteeEmail);
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitation sent to ${inviteeEmail}.`)).toBeVisible();

  // The name can still be changed on the way.
  await page.getByRole('link', { name: 'Your name' }).click();
  await expect(page).toHaveURL(/\/onboarding\/name$/);
  await expect(page.getByLabel('Name')).toHaveValue('Remy Resume');
  await page.goto('/onboarding');
  await expect(page).toHaveURL(/\/onboarding\/invite$/);
  await page.getByRole('button', { name: 'Go to the dashboard' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('active-account')).toContainText(name);
  await second.close();
});

test('a person invited by email signs up from the link and lands in the organization, not in onboarding', async ({
  browser,
}) => {
  test.slow();
  const stamp = Date.now();
  const organization = `Harbor ${stamp}`;
  const inviteeEmail = `invited-${stamp}@example.test`;
  const owner = await createUser({ name: 'Otto Owner', organization });
  const ownerContext = await browser.newContext();
  await signInContext(ownerContext, owner);
  const ownerPage = await ownerContext.newPage();
  await activateOrganization(ownerPage, organization);
  await visit(ownerPage, '/settings/members');
  const invite = ownerPage.getByRole('form', { name: 'Invite a member' });
  await invite.getByLabel('Email').fill(inviteeEmail);
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(ownerPage.getByRole('list', { name: 'Pending invitations' })).toContainText(inviteeEmail);

  const email = await latestEmailTo(inviteeEmail, /invited to join/);
  const link = email.links.find((href) => href.includes('/invitations/'));
  expect(link).toBeTruthy();
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  const paths = recordPaths(invitee);
  await invitee.goto(link ?? '');
  await expect(invitee).toHaveURL(/\/auth\/sign-in\?redirect=/);
  await invitee.getByRole('main').getByRole('link', { name: 'Sign up' }).click();
  await signUpAndVerify(invitee, { name: 'Ines Invited', email: inviteeEmail, password: PASSWORD });
  await expect(invitee.getByTestId('invitation')).toContainText(`Join ${organization}`);
  await invitee.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(invitee).toHaveURL(/\/dashboard$/);
  await expect(invitee.getByTestId('active-account')).toContainText(organization);
  expect(paths.filter((path) => path.startsWith('/onboarding'))).toEqual([]);
  await expectOnboardingOver(invitee);

  await ownerContext.close();
  await inviteeContext.close();
});
