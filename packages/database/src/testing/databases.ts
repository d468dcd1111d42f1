import postgres from 'postgres';
import { createDatabase } from '../client';
import { type MigrationSet, migrateWith, migrationSetsFromEnv } from '../migrate';

const TEMPLATE = 'kit_test_template';

function withDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

async function withAdmin<T>(adminUrl: string, run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end();
  }
}

/**
 * Creates the migrated template that every test database is copied from. Run once per test run. Extra
 * migration sets (an app's own tables) are applied after the kit's; by default those named by
 * `APP_MIGRATIONS_FOLDER`.
 */
export async function prepareTemplateDatabase(
  adminUrl: string,
  extraMigrations: MigrationSet[] = migrationSetsFromEnv(),
): Promise<void> {
  await withAdmin(adminUrl, async (sql) => {
    await sql`DROP DATABASE IF EXISTS ${sql(TEMPLATE)}`;
    await sql`CREATE DATABASE ${sql(TEMPLATE)}`;
  });
  const handle = createDatabase({ url: withDatabase(adminUrl, TEMPLATE), maxConnections: 1 });
  try {
    await migrateWith(handle, extraMigrations);
  } finally {
    await handle.close();
  }
}

/** A fresh, migrated database copied from the template; returns its URL. */
export async function createTestDatabase(adminUrl: string): Promise<string> {
  const name = `kit_test_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await withAdmin(adminUrl, (sql) => sql`CREATE DATABASE ${sql(name)} TEMPLATE ${sql(TEMPLATE)}`);
  return withDatabase(adminUrl, name);
}
