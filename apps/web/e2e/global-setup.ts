import { createTestDatabase, prepareTemplateDatabase, startPostgresServer } from '@kit/database/testing';
import { startAppServer } from '../tests/support/app-server';

export default async function globalSetup() {
  const postgres = await startPostgresServer();
  await prepareTemplateDatabase(postgres.url);
  process.env.DATABASE_URL = await createTestDatabase(postgres.url);
  const app = await startAppServer();
  process.env.E2E_BASE_URL = app.baseUrl;
  return async () => {
    await app.stop();
    await postgres.stop();
  };
}
