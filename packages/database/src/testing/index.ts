export { createTestDatabase, prepareTemplateDatabase } from './databases';
export {
  createTestOrganization,
  createTestUser,
  signInAs,
  TEST_PASSWORD,
  type TestUser,
} from './factories';
export { type Pgbouncer, startPgbouncer } from './pgbouncer';
export { accepts, freePort } from './ports';
export { type PostgresServer, startPostgresServer } from './postgres-server';
