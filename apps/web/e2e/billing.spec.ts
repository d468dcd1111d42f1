import { expect, type Page, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { createOrganizationWithMember, holdWebhooks, releaseWebhooks } from './support/billing';
import { visit } from './support/shell';
import { activateOrganization, signedInPage } from './support/users';

const BILLING_BUTTONS = /Upgrade to|Switch to|Manage payment|Cancel at period end|Resume subscription/;

async function createProject(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByRole('button', { name: 'Create project' }).click();
}

test('an owner on Free reaches the project limit, upgrades to Pro through checkout and the limit lifts; a member sees the plan without buttons', async ({
  browser,
}) => {
  const organization = `Billing Works ${Date.now()}`;
  const { owner, member } = await createOrganizationWithMember(organization);
  const page = await signedInPage(browser, owner);
  await activateOrganization(page, organization);

  // Free allows three projects; the page says so once they exist.
  await page.getByRole('link', { name: 'Projects' }).click();
  await expect(page).toHaveURL(/\/projects$/);
  for (const name of ['One', 'Two', 'Three']) {
    await createProject(page, name);
    await expect(page.getByText(`Project “${name}” created.`)).toBeVisible();
  }
  await expect(page.getByTestId('project-limit')).toHaveText('3 of 3 projects on Free — Upgrade');

  // The fourth is refused by the server, with a way to upgrade.
  await createProject(page, 'Four');
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText("The organization's plan has no room for more.");
  await expect(page.getByRole('row', { name: /Four/ })).toHaveCount(0);
  await refusal.getByRole('link', { name: 'Upgrade' }).click();
  await expect(page).toHaveURL(/\/settings\/billing$/);
  await expect(page.getByTestId('billing-plan-name')).toHaveText('Free plan');
  await expect(page.getByTestId('billing-status')).toHaveText('No subscription');
  // axe on the page as loaded, without the projects' toasts still fading out.
  await visit(page, '/settings/billing');
  await expect(page.getByTestId('billing-plan-name')).toHaveText('Free plan');
  expect(await seriousViolations(page)).toEqual([]);

  // Checkout at the payment provider (the stand-in pays at once), back on the success URL. Until the
  // webhook lands the page says it is processing; the relay holds the webhook to show that.
  await holdWebhooks();
  await page.getByRole('button', { name: 'Upgrade to Pro' }).click();
  await expect(page).toHaveURL(/\/settings\/billing\?checkout=success$/);
  await expect(page.getByTestId('checkout-return')).toContainText('Processing your payment…');
  await expect(page.getByTestId('billing-plan-name')).toHaveText('Free plan');
  expect(await releaseWebhooks()).toEqual([200, 200]);
  await expect(page.getByTestId('checkout-return')).toContainText(
    'Payment confirmed: the organization now has the Pro plan.',
  );
  await expect(page.getByTestId('billing-plan-name')).toHaveText('Pro plan');
  await expect(page.getByTestId('billing-status')).toHaveText('Trial');
  await expect(page.getByTestId('billing-period')).toContainText('The trial ends on');
  await expect(page.getByRole('button', { name: 'Manage payment and invoices' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel at period end' })).toBeVisible();

  // The limit has lifted: the fourth project is created.
  await page.getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByTestId('project-limit')).toHaveCount(0);
  await createProject(page, 'Four');
  await expect(page.getByText('Project “Four” created.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Four/ })).toBeVisible();

  // A member sees the plan, and no button that would change it.
  const memberPage = await signedInPage(browser, member);
  await activateOrganization(memberPage, organization);
  await memberPage.getByRole('link', { name: 'Billing' }).click();
  await expect(memberPage.getByTestId('billing-plan-name')).toHaveText('Pro plan');
  await expect(memberPage.getByText("Only the organization's owners can change the plan.")).toBeVisible();
  await expect(memberPage.getByRole('button', { name: BILLING_BUTTONS })).toHaveCount(0);
  // axe on the page as loaded, without the account switch's toast on screen.
  await visit(memberPage, '/settings/billing');
  await expect(memberPage.getByRole('button', { name: BILLING_BUTTONS })).toHaveCount(0);
  expect(await seriousViolations(memberPage)).toEqual([]);
});

test('the landing page lists the plans from the plan file', async ({ page }) => {
  await visit(page, '/');
  const pricing = page.getByRole('region', { name: 'Pricing' });
  await expect(pricing.getByRole('listitem', { name: 'Free' })).toContainText('Projects: 3');
  await expect(pricing.getByRole('listitem', { name: 'Pro' })).toContainText('€19.00 per month');
  await expect(pricing.getByRole('listitem', { name: 'Pro' })).toContainText('14-day free trial');
  await expect(pricing.getByRole('listitem', { name: 'Team' })).toContainText('€9.00 per member per month');
  await expect(pricing.getByRole('listitem', { name: 'Team' })).toContainText('Members: unlimited');
});
