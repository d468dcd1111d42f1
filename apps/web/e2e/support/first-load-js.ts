import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

const PUBLIC_DIR = path.resolve(import.meta.dirname, '../../.output/public');

export interface FirstLoad {
  files: string[];
  /** Every script of this origin the first load fetched, hydration's dynamic imports included. */
  gzipBytes: number;
  /** Only the scripts the HTML names (script src, modulepreload, the inline entry import). */
  htmlGzipBytes: number;
}

const gzipSizeOf = (file: string) => gzipSync(readFileSync(path.join(PUBLIC_DIR, file)), { level: 9 }).length;

/**
 * Loads `url` in `page` and sums the gzip sizes (level 9, read from the build output) of the scripts its
 * HTML names and of every script of this origin the first load fetched.
 */
export async function measureFirstLoadJs(page: Page, url: string): Promise<FirstLoad> {
  const origin = new URL(process.env.E2E_BASE_URL ?? '').origin;
  const files = new Set<string>();
  const onResponse = (response: { url: () => string }) => {
    const target = new URL(response.url());
    if (target.origin === origin && target.pathname.endsWith('.js')) files.add(target.pathname);
  };
  const html = await (await page.request.get(url)).text();
  const named = new Set(html.match(/\/assets\/[\w.-]+\.js/g) ?? []);
  page.on('response', onResponse);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const sum = (set: Set<string>) => [...set].reduce((total, file) => total + gzipSizeOf(file), 0);
  return { files: [...files].sort(), gzipBytes: sum(files), htmlGzipBytes: sum(named) };
}
