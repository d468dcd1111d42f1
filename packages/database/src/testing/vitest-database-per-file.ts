import { inject } from 'vitest';
import { createTestDatabase } from './index';

// Runs before each test file is imported: the app modules then connect to this file's own database.
const adminUrl = inject('postgresAdminUrl');
const databaseUrl = await createTestDatabase(adminUrl);
// TEST_THROUGH_PGBOUNCER=1: the file's database is reached through PgBouncer in transaction mode, by the
// test and by the servers it starts, with prepared statements off as such a pooler needs.
const pooler = inject('pgbouncerAddress');
if (pooler) {
  const pooled = new URL(databaseUrl);
  pooled.host = pooler;
  process.env.DATABASE_URL = pooled.toString();
  process.env.DATABASE_PREPARE = 'false';
} else {
  process.env.DATABASE_URL = databaseUrl;
}
// For tests that look at the server itself (its statement log).
process.env.TEST_POSTGRES_ADMIN_URL = adminUrl;
process.env.BETTER_AUTH_SECRET ??= 'test-secret-test-secret-test-secret-0123';
process.env.BETTER_AUTH_URL ??= 'http://localhost:3000';
