import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, prepareTemplateDatabase, startPostgresServer } from '@kit/database/testing';
import { appMigrations } from '../scripts/lib/app-migrations';
import { startAppServer } from '../tests/support/app-server';

export default async function globalSetup() {
  const postgres = await startPostgresServer();
  await prepareTemplateDatabase(postgres.url, [appMigrations]);
  process.env.DATABASE_URL = await createTestDatabase(postgres.url);
  // The server's log holds the emails of the development mail transport; tests read links there.
  process.env.E2E_SERVER_LOG = path.join(mkdtempSync(path.join(tmpdir(), 'kit-e2e-')), 'server.log');
  const app = await startAppServer({}, { logFile: process.env.E2E_SERVER_LOG });
  process.env.E2E_BASE_URL = app.baseUrl;
  return async () => {
    await app.stop();
    await postgres.stop();
  };
}
