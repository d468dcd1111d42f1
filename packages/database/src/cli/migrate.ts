import { createDatabase } from '../client';
import { parseDatabaseEnv } from '../env';
import { migrateWith, migrationSetsFromEnv } from '../migrate';
import { loadDotEnv } from './load-env';

loadDotEnv();

const handle = createDatabase({
  url: process.env.DATABASE_URL || undefined,
  maxConnections: 1,
  prepare: parseDatabaseEnv().prepare,
});
try {
  // With APP_MIGRATIONS_FOLDER set, an app's own migrations follow the kit's.
  await migrateWith(handle, migrationSetsFromEnv());
  console.log(`Migrations applied (${handle.driver === 'pglite' ? 'embedded PGlite' : 'DATABASE_URL'}).`);
} finally {
  await handle.close();
}
