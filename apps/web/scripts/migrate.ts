// `pnpm db:migrate`: applies the kit's migrations (packages/database) and then the app's own
// (apps/web/migrations) to DATABASE_URL, or to the embedded PGlite database when it is unset.
import { createDatabase } from '@kit/database';
import { parseDatabaseEnv } from '@kit/database/env';
import { loadDotEnv } from '@kit/database/load-env';
import { migrateDatabase } from './lib/app-migrations';

loadDotEnv();

const handle = createDatabase({
  url: process.env.DATABASE_URL || undefined,
  maxConnections: 1,
  prepare: parseDatabaseEnv().prepare,
});
try {
  await migrateDatabase(handle);
  console.log(`Migrations applied (${handle.driver === 'pglite' ? 'embedded PGlite' : 'DATABASE_URL'}).`);
} finally {
  await handle.close();
}
