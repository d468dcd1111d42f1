import { readFileSync } from 'node:fs';
import { emailsInLog } from '@kit/mailers/testing';
import { expect, type Page, test } from '@playwright/test';
import { latestEmailTo } from './support/mailbox';
import { sessionEmail } from './support/session';
import { signOut, visit } from './support/shell';
import { signUpAndVerify, skipOnboarding } from './support/sign-up';

const LINK_INVALID = 'That sign-in link is invalid, used or expired. Ask for a new one.';
const sentMessage = (email: string) =>
  `If ${email} is registered, a sign-in link is on its way. It works once and expires in 15 minutes.`;

/** From the sign-in page to the magic-link form, then asks for a link; returns the API's answer. */
async function askForLink(page: Page, email: string): Promise<{ status: number; body: string }> {
  await visit(page, '/auth/sign-in');
  await page.getByRole('link', { name: 'Email me a sign-in link instead' }).click();
  await expect(page).toHaveURL(/\/auth\/magic-link/);
  await page.getByLabel('Email').fill(email);
  const answer = page.waitForResponse((response) => response.url().endsWith('/api/auth/sign-in/magic-link'));
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  const response = await answer;
  await expect(page.getByText(sentMessage(email))).toBeVisible();
  return { status: response.status(), body: await response.text() };
}

const emailsTo = (to: string) =>
  emailsInLog(readFileSync(process.env.E2E_SERVER_LOG ?? '', 'utf8')).filter((email) => email.to === to);

test('an emailed link signs in once; a second use, or an unknown address, gets nowhere', async ({
  page,
  browser,
}) => {
  const stamp = Date.now();
  const email = `linky-${stamp}@example.test`;
  const unknown = `nobody-${stamp}@example.test`;

  await page.goto('/auth/sign-up');
  await signUpAndVerify(page, { name: 'Lin Link', email, password: 'e2e-password-123' });
  await skipOnboarding(page);
  await signOut(page);

  // An address no user has gets the same page and the same answer, and no email.
  const unknownAnswer = await askForLink(page, unknown);
  const knownAnswer = await askForLink(page, email);
  expect(unknownAnswer).toEqual(knownAnswer);

  const message = await latestEmailTo(email, /Your sign-in link/);
  const link = message.links.find((href) => href.includes('/magic-link/verify'));
  if (!link) throw new Error(`no sign-in link in the email to ${email}: ${message.links.join(', ')}`);
  expect(emailsTo(unknown)).toEqual([]);

  await page.goto(link);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('user-menu')).toContainText(email);
  expect(await sessionEmail(page)).toBe(email);

  // The same link again, in another browser: refused, back on the sign-in page, nobody signed in.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(link);
  await expect(otherPage).toHaveURL(/\/auth\/sign-in\?/);
  await expect(otherPage.getByText(LINK_INVALID)).toBeVisible();
  await expect(otherPage.getByLabel('Email')).toBeVisible();
  expect(await sessionEmail(otherPage)).toBeNull();
  await other.close();
});
