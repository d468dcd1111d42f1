import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createAccount, signedInPage } from './support/accounts';
import { measureFirstLoadJs } from './support/first-load-js';

const PUBLIC_DIR = path.resolve(import.meta.dirname, '../.output/public');

test('first-load JavaScript: the landing page carries no shell, Radix, toast or auth-client code', async ({
  page,
  browser,
}) => {
  const landing = await measureFirstLoadJs(page, '/');
  const user = await createAccount();
  const dashboard = await measureFirstLoadJs(await signedInPage(browser, user), '/dashboard');
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  test
    .info()
    .annotations.push(
      { type: 'first-load gzip /', description: kB(landing.gzipBytes) },
      { type: 'first-load gzip /dashboard', description: kB(dashboard.gzipBytes) },
    );
  console.log(`first-load JS (gzip): / ${kB(landing.gzipBytes)}, /dashboard ${kB(dashboard.gzipBytes)}`);

  const landingCode = landing.files
    .map((file) => readFileSync(path.join(PUBLIC_DIR, file), 'utf8'))
    .join('\n');
  // Markers of code that only signed-in pages need.
  expect(landingCode).not.toContain('data-app-shell');
  expect(landingCode).not.toContain('data-sonner-toaster');
  expect(landingCode).not.toContain('data-radix-');
  expect(landingCode).not.toContain('/sign-out');
});
