import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';

export interface StatementLog {
  /** Statements this test file's database has run so far. */
  count: () => number;
  close: () => Promise<void>;
}

/**
 * Turns statement logging on for this test file's database (new connections only: call it before the
 * app server starts) and counts that database's lines in the test PostgreSQL server's log. Null when
 * the log cannot be read (an external TEST_DATABASE_URL server).
 */
export async function openStatementLog(): Promise<StatementLog | null> {
  const admin = postgres(process.env.TEST_POSTGRES_ADMIN_URL ?? '', { max: 1, onnotice: () => {} });
  const databaseName = new URL(process.env.DATABASE_URL ?? '').pathname.slice(1);
  await admin`alter database ${admin(databaseName)} set log_statement = 'all'`;
  const [row] = await admin`show data_directory`;
  const logPath = path.join(String(row?.data_directory), 'server.log');
  if (!existsSync(logPath)) {
    await admin.end();
    return null;
  }
  const line = new RegExp(`^db=${databaseName}:LOG: {2}(statement|execute)`);
  return {
    count: () =>
      readFileSync(logPath, 'utf8')
        .split('\n')
        .filter((entry) => line.test(entry)).length,
    close: () => admin.end(),
  };
}
