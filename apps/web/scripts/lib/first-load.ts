import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const PUBLIC_DIR = path.resolve(import.meta.dirname, '../../.output/public');

export interface FirstLoad {
  files: string[];
  gzipBytes: number;
}

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

function assetPath(url: string): string | null {
  if (!url.startsWith('/assets/')) return null;
  return path.join(PUBLIC_DIR, url);
}

/** Script URLs a page's HTML starts loading: module scripts, modulepreloads and inline `import()`s. */
export function scriptsInHtml(html: string): string[] {
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) urls.add(match[1] ?? '');
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    urls.add(match[1] ?? '');
  for (const match of html.matchAll(/<link[^>]*href="([^"]+\.js)"[^>]*rel="modulepreload"/g))
    urls.add(match[1] ?? '');
  for (const match of html.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)) urls.add(match[1] ?? '');
  return [...urls].filter(Boolean);
}

/**
 * Every JavaScript file the browser must fetch before the page is interactive: the scripts in the
 * HTML and, transitively, their static imports. Sizes are gzip level 9 of the built files.
 */
export function firstLoad(html: string): FirstLoad {
  const seen = new Set<string>();
  const queue = scriptsInHtml(html)
    .map(assetPath)
    .filter((file): file is string => file !== null);
  let gzipBytes = 0;
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    gzipBytes += gzipSync(code, { level: 9 }).length;
    for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) {
      const specifier = match[1] ?? '';
      if (specifier.startsWith('.')) queue.push(path.resolve(path.dirname(file), specifier));
    }
  }
  return { files: [...seen].map((file) => path.relative(PUBLIC_DIR, file)).sort(), gzipBytes };
}
