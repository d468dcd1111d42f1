import { expect, type Page } from '@playwright/test';
import { latestEmailTo } from './mailbox';

/** Fills the sign-up form, then confirms the address through the emailed link, as a person would. */
export async function signUpAndVerify(page: Page, user: { name: string; email: string; password: string }) {
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/auth\/verify-email\?/);
  await expect(page.getByText(`We sent a confirmation link to ${user.email}`)).toBeVisible();
  const email = await latestEmailTo(user.email, /Confirm your email/);
  const link = email.links.find((href) => href.includes('/verify-email'));
  if (!link) throw new Error(`no confirmation link in the email to ${user.email}`);
  await page.goto(link);
}

/**
 * A new user lands in onboarding (their name came with the sign-up, so at the organization step):
 * continues on the personal account, which ends it, and arrives on the dashboard.
 */
export async function skipOnboarding(page: Page) {
  await expect(page).toHaveURL(/\/onboarding\/organization$/);
  await page.getByRole('button', { name: 'Continue on my personal account' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}
