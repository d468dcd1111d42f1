import { createDatabase } from '../client';
import { migrate } from '../migrate';
import { seed, seedAccounts } from '../seed';
import { loadDotEnv } from './load-env';

loadDotEnv();

const handle = createDatabase({ url: process.env.DATABASE_URL || undefined, maxConnections: 1 });
try {
  if (handle.driver === 'pglite') await migrate(handle);
  await seed(handle.db);
  console.log('Seeded. Sign in with:');
  for (const account of Object.values(seedAccounts)) {
    console.log(`  ${account.email} / ${account.password}`);
  }
} finally {
  await handle.close();
}
