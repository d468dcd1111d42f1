import { existsSync } from 'node:fs';
import path from 'node:path';
import { findRepositoryRoot } from '../paths';

/** Development commands read `.env` at the repository root, if there is one; the shell's values win. */
export function loadDotEnv(): void {
  const file = path.join(findRepositoryRoot(), '.env');
  if (!existsSync(file)) return;
  const before = { ...process.env };
  process.loadEnvFile(file);
  Object.assign(process.env, before);
}
