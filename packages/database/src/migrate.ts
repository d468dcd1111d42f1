import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { DatabaseHandle, Schema } from './client';
import { APP_MIGRATIONS_TABLE } from './migration-status';
import { migrationsFolder } from './paths';

/** A folder of drizzle-kit migrations and the table that records which of them a database has seen. */
export interface MigrationSet {
  migrationsFolder: string;
  /** Default `__drizzle_migrations` (the kit's own history); an app's folder needs a table of its own. */
  migrationsTable?: string;
}

export { APP_MIGRATIONS_TABLE };

/**
 * Applies the committed SQL migrations that the database has not seen yet: the kit's by default, or the
 * given set (an app's folder, recorded in its own table).
 */
export async function migrate(
  handle: DatabaseHandle,
  set: MigrationSet = { migrationsFolder },
): Promise<void> {
  if (handle.driver === 'pglite') {
    await migratePglite(handle.db as PgliteDatabase<Schema>, set);
  } else {
    await migratePostgres(handle.db as PostgresJsDatabase<Schema>, set);
  }
}

/** The kit's migrations, then each extra set in order (app tables may reference the kit's). */
export async function migrateWith(handle: DatabaseHandle, extra: MigrationSet[] = []): Promise<void> {
  await migrate(handle);
  for (const set of extra) await migrate(handle, set);
}

/**
 * Extra migration sets named by `APP_MIGRATIONS_FOLDER` (an absolute path, recorded in
 * `__app_migrations`): how a test runner tells the package's test helpers about an app's tables
 * without the package importing the app.
 */
export function migrationSetsFromEnv(env: NodeJS.ProcessEnv = process.env): MigrationSet[] {
  const folder = env.APP_MIGRATIONS_FOLDER;
  return folder ? [{ migrationsFolder: folder, migrationsTable: APP_MIGRATIONS_TABLE }] : [];
}
