import { inject } from 'vitest';
import { createTestDatabase } from './index';

// Runs before each test file is imported: the app modules then connect to this file's own database.
process.env.DATABASE_URL = await createTestDatabase(inject('postgresAdminUrl'));
process.env.BETTER_AUTH_SECRET ??= 'test-secret-test-secret-test-secret-0123';
process.env.BETTER_AUTH_URL ??= 'http://localhost:3000';
