import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding pnpm-workspace.yaml, found by walking up from the working directory. */
export function findRepositoryRoot(start = process.cwd()): string {
  let current = path.resolve(start);
  while (true) {
    if (existsSync(path.join(current, 'pnpm-workspace.yaml'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return path.resolve(start);
    current = parent;
  }
}

export function defaultPgliteDataDir(): string {
  return process.env.PGLITE_DATA_DIR ?? path.join(findRepositoryRoot(), '.data', 'pglite');
}

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));
