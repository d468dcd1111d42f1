import { createDatabase } from '../client';
import { migrate } from '../migrate';
import { loadDotEnv } from './load-env';

loadDotEnv();

const handle = createDatabase({ url: process.env.DATABASE_URL || undefined, maxConnections: 1 });
try {
  await migrate(handle);
  console.log(`Migrations applied (${handle.driver === 'pglite' ? 'embedded PGlite' : 'DATABASE_URL'}).`);
} finally {
  await handle.close();
}
