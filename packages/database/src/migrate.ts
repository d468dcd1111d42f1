import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { DatabaseHandle, Schema } from './client';
import { migrationsFolder } from './paths';

/** Applies the committed SQL migrations that the database has not seen yet. */
export async function migrate(handle: DatabaseHandle): Promise<void> {
  if (handle.driver === 'pglite') {
    await migratePglite(handle.db as PgliteDatabase<Schema>, { migrationsFolder });
  } else {
    await migratePostgres(handle.db as PostgresJsDatabase<Schema>, { migrationsFolder });
  }
}
