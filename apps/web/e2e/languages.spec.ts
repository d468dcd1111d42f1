import { expect, test } from '@playwright/test';
import { latestEmailTo } from './support/mailbox';
import { visit } from './support/shell';
import { createUser, signedInPage } from './support/users';

test('the browser language picks German; the switcher and its cookie win over it', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  await visit(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Liefern Sie Ihr SaaS, nicht seine Installation',
  );
  await page.getByRole('banner').getByRole('link', { name: 'Anmelden' }).click();
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('button', { name: 'Anmelden' })).toBeVisible();
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByText('Geben Sie eine gültige E-Mail-Adresse ein.')).toBeVisible();

  await page.getByLabel('Sprache').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect((await context.cookies()).find((cookie) => cookie.name === 'locale')?.value).toBe('en');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('signed in: German pages, dates and numbers in the German format, switching in the user menu', async ({
  browser,
}) => {
  const admin = await createUser({ role: 'admin' });
  const page = await signedInPage(browser, admin, { locale: 'de-DE' });
  await page.goto('/settings/sessions');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sitzungen');
  // 27.11.2026, 14:05 — not 11/27/2026, 2:05 PM
  await expect(page.getByTestId('session-row')).toContainText(/angemeldet \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);

  await visit(page, '/admin/users');
  await expect(page.getByRole('navigation', { name: 'Seitennavigation' })).toContainText(/Seite 1 von \d/);

  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitemradio', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Users');
});

test('emails speak the language of the person who caused them', async ({ browser }) => {
  const email = `deutsch-${Date.now()}@example.test`;
  const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
  await visit(page, '/auth/sign-up');
  await page.getByLabel('Name').fill('Dora Deutsch');
  await page.getByLabel('E-Mail').fill(email);
  await page.getByLabel('Passwort').fill('e2e-password-123');
  await page.getByRole('button', { name: 'Konto erstellen' }).click();
  await expect(page).toHaveURL(/\/auth\/verify-email\?/);

  const message = await latestEmailTo(email);
  expect(message.subject).toBe('Bestätigen Sie Ihre E-Mail-Adresse');
  expect(message.text).toContain('Hallo Dora Deutsch');
  expect(message.text).toContain('Oder öffnen Sie diesen Link:');
});
