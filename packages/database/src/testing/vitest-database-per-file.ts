import { inject } from 'vitest';
import { createTestDatabase } from './index';

// Runs before each test file is imported: the app modules then connect to this file's own database.
const adminUrl = inject('postgresAdminUrl');
process.env.DATABASE_URL = await createTestDatabase(adminUrl);
// For tests that look at the server itself (its statement log).
process.env.TEST_POSTGRES_ADMIN_URL = adminUrl;
process.env.BETTER_AUTH_SECRET ??= 'test-secret-test-secret-test-secret-0123';
process.env.BETTER_AUTH_URL ??= 'http://localhost:3000';
