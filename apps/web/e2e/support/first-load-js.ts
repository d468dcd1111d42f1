import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

const PUBLIC_DIR = path.resolve(import.meta.dirname, '../../.output/public');

export interface FirstLoad {
  files: string[];
  gzipBytes: number;
}

/**
 * Loads `url` in `page` and sums the gzip size of every JavaScript file of this origin that the first
 * load fetched (modulepreloads, the entry and whatever hydration imports), read from the build output.
 */
export async function measureFirstLoadJs(page: Page, url: string): Promise<FirstLoad> {
  const origin = new URL(process.env.E2E_BASE_URL ?? '').origin;
  const files = new Set<string>();
  const onResponse = (response: { url: () => string }) => {
    const target = new URL(response.url());
    if (target.origin === origin && target.pathname.endsWith('.js')) files.add(target.pathname);
  };
  page.on('response', onResponse);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  let gzipBytes = 0;
  for (const file of files)
    gzipBytes += gzipSync(readFileSync(path.join(PUBLIC_DIR, file)), { level: 9 }).length;
  return { files: [...files].sort(), gzipBytes };
}
