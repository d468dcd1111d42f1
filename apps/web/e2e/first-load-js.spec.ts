import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { measureFirstLoadJs } from './support/first-load-js';
import { createUser, signedInPage } from './support/users';

const PUBLIC_DIR = path.resolve(import.meta.dirname, '../.output/public');

test('first-load JavaScript: the landing page carries no shell, Radix, toast or auth-client code', async ({
  page,
  browser,
}) => {
  const landing = await measureFirstLoadJs(page, '/');
  const user = await createUser();
  const dashboard = await measureFirstLoadJs(await signedInPage(browser, user), '/dashboard');
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  for (const [name, load] of [
    ['/', landing],
    ['/dashboard', dashboard],
  ] as const) {
    const figures = `${kB(load.gzipBytes)} fetched, ${kB(load.htmlGzipBytes)} named by the HTML`;
    test.info().annotations.push({ type: `first-load gzip JS ${name}`, description: figures });
    console.log(`first-load gzip JS ${name}: ${figures}`);
  }

  const landingCode = landing.files
    .map((file) => readFileSync(path.join(PUBLIC_DIR, file), 'utf8'))
    .join('\n');
  // Markers of code that only signed-in pages need.
  expect(landingCode).not.toContain('data-app-shell');
  expect(landingCode).not.toContain('data-sonner-toaster');
  expect(landingCode).not.toContain('data-radix-');
  expect(landingCode).not.toContain('/sign-out');
});
