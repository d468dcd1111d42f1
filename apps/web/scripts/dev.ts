// `pnpm dev`: migrate and seed the database (embedded PGlite when DATABASE_URL is unset), then Vite.
import { spawn } from 'node:child_process';
import { createDatabase } from '@kit/database';
import { loadDotEnv } from '@kit/database/load-env';
import { seed, seedUsers } from '@kit/database/seed';
import { migrateDatabase } from './lib/app-migrations';

loadDotEnv();

const handle = createDatabase({ url: process.env.DATABASE_URL || undefined, maxConnections: 1 });
try {
  await migrateDatabase(handle);
  await seed(handle.db);
} finally {
  // PGlite allows one process at a time: release it before the dev server opens it.
  await handle.close();
}
console.log(
  `Database ready (${handle.driver === 'pglite' ? 'embedded PGlite in .data/' : 'DATABASE_URL'}). Seeded accounts:`,
);
for (const account of Object.values(seedUsers)) console.log(`  ${account.email} / ${account.password}`);

const vite = spawn('vite', ['dev', ...process.argv.slice(2)], { stdio: 'inherit', shell: false });
vite.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => vite.kill(signal));
