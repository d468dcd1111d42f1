import { expect, test } from '@playwright/test';
import { seriousViolations, seriousViolationsOf } from './support/axe';
import { adminPages, appPages, publicPages } from './support/pages';
import { visit } from './support/shell';
import { activateOrganization, createUser, signedInPage } from './support/users';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test('axe: no serious or critical violation on any page, signed out, signed in and as an admin', async ({
      browser,
    }) => {
      // About thirty pages and states, each loaded and analysed (minutes on a busy two-core machine).
      test.setTimeout(240_000);
      const anonymous = await (await browser.newContext({ colorScheme })).newPage();
      const violations = await seriousViolationsOf(anonymous, publicPages);

      const admin = await createUser({ role: 'admin', name: 'Ada Axe', organization: 'Axe Audits' });
      const page = await signedInPage(browser, admin, { colorScheme });
      await activateOrganization(page, 'Axe Audits');
      const ids = { userId: admin.id, organizationId: admin.organizationId ?? '' };
      violations.push(...(await seriousViolationsOf(page, [...appPages, ...adminPages(ids)])));

      // Open menus and the drawer are pages too.
      await visit(page, '/dashboard');
      await page.getByTestId('user-menu').click();
      violations.push(...(await seriousViolations(page, 'user menu open')));
      await page.keyboard.press('Escape');
      await page.getByTestId('account-switcher').click();
      violations.push(...(await seriousViolations(page, 'account switcher open')));
      await page.keyboard.press('Escape');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByRole('button', { name: 'Open navigation' }).click();
      await expect(page.getByRole('dialog', { name: 'Navigation' })).toBeVisible();
      violations.push(...(await seriousViolations(page, 'navigation drawer open')));
      await page.keyboard.press('Escape');

      // An open select and an open confirmation dialog.
      await page.setViewportSize({ width: 1280, height: 800 });
      await visit(page, '/settings/members');
      await page.getByRole('combobox', { name: 'Role', exact: true }).click();
      await expect(page.getByRole('listbox')).toBeVisible();
      violations.push(...(await seriousViolations(page, 'role select open')));
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Leave' }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      violations.push(...(await seriousViolations(page, 'confirmation dialog open')));
      await page.keyboard.press('Escape');

      expect(violations).toEqual([]);
    });

    test('axe: every page again in German (longer words, other labels)', async ({ browser }) => {
      test.setTimeout(240_000);
      const anonymous = await (await browser.newContext({ colorScheme, locale: 'de-DE' })).newPage();
      const violations = await seriousViolationsOf(anonymous, publicPages);
      const admin = await createUser({ role: 'admin', name: 'Ada Axe', organization: 'Axe Prüfungen' });
      const page = await signedInPage(browser, admin, { colorScheme, locale: 'de-DE' });
      await activateOrganization(page, 'Axe Prüfungen');
      const ids = { userId: admin.id, organizationId: admin.organizationId ?? '' };
      violations.push(...(await seriousViolationsOf(page, [...appPages, ...adminPages(ids)])));
      expect(violations).toEqual([]);
    });

    test('axe: the onboarding steps, in English and German', async ({ browser }) => {
      test.setTimeout(120_000);
      const violations: string[] = [];
      for (const locale of ['en-US', 'de-DE']) {
        const newcomer = await createUser({
          name: 'Nell Newcomer',
          organization: 'Axe Onboarding',
          onboarded: false,
        });
        const page = await signedInPage(browser, newcomer, { colorScheme, locale });
        const steps = ['/onboarding/name', '/onboarding/organization', '/onboarding/invite'];
        violations.push(...(await seriousViolationsOf(page, steps)).map((line) => `${locale} ${line}`));
        // The invitation form, once the step switched to the organization.
        await page.getByRole('button', { name: /Axe Onboarding/ }).click();
        await expect(page.getByRole('textbox', { name: /E-?Mail/i })).toBeVisible();
        violations.push(...(await seriousViolations(page, `${locale} onboarding invitation form`)));
      }
      expect(violations).toEqual([]);
    });
  });
}

test('form errors are announced and tied to their fields; focus is visible', async ({ page }) => {
  await visit(page, '/auth/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const email = page.getByLabel('Email');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Enter a valid email address.');
  await expect(page.getByRole('alert').filter({ hasText: 'Enter a valid email address.' })).toBeVisible();

  await page.getByLabel('Email').fill('nobody@example.test');
  await page.getByLabel('Password').fill('wrong-password-123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /password/i })).toBeVisible();

  // Keyboard focus draws a ring (a box-shadow in Tailwind) or an outline.
  await visit(page, '/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focusStyle = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement ?? document.body);
    return { outline: style.outlineStyle, shadow: style.boxShadow };
  });
  expect(focusStyle.outline !== 'none' || focusStyle.shadow !== 'none').toBe(true);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const locale of ['en-US', 'de-DE']) {
    test(`axe: the landing, legal, 404 and error pages, ${colorScheme} theme, ${locale}`, async ({
      browser,
    }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ colorScheme, locale });
      const page = await context.newPage();
      const violations = await seriousViolationsOf(page, ['/', '/terms', '/privacy', '/no-such-page']);
      // The error page, from a failing page load (the sign-in page's data).
      await page.route('**/_serverFn/lib.auth.sign-in-methods.functions.fetchSignInMethods**', (route) =>
        route.fulfill({ status: 500, body: 'Internal Server Error' }),
      );
      await visit(page, '/');
      await page
        .locator('header')
        .getByRole('link', { name: /^(Sign in|Anmelden)$/ })
        .click();
      await expect(page.getByRole('alert')).toBeVisible();
      violations.push(...(await seriousViolations(page, 'error page')));
      await context.close();
      expect(violations).toEqual([]);
    });
  }
}
