import { fileURLToPath } from 'node:url';
import type { DatabaseHandle } from '@kit/database';
import { APP_MIGRATIONS_TABLE, type MigrationSet, migrateWith } from '@kit/database/migrate';

/** The app's own migrations (apps/web/migrations, from `pnpm db:generate`), applied after the kit's. */
export const appMigrations: MigrationSet = {
  migrationsFolder: fileURLToPath(new URL('../../migrations', import.meta.url)),
  migrationsTable: APP_MIGRATIONS_TABLE,
};

/** Brings a database up to date: the kit's tables, then the app's. */
export function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  return migrateWith(handle, [appMigrations]);
}
