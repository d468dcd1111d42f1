import { createDatabase } from '../client';
import { parseDatabaseEnv } from '../env';
import { migrate } from '../migrate';
import { countNonSeedUsers, seed, seedUsers } from '../seed';
import { loadDotEnv } from './load-env';

loadDotEnv();

/** The seed adds users with published passwords: only into a database nobody else uses, unless told. */
const ALLOW_FLAG = '--allow-existing-users';

const handle = createDatabase({
  url: process.env.DATABASE_URL || undefined,
  maxConnections: 1,
  prepare: parseDatabaseEnv().prepare,
});
try {
  if (handle.driver === 'pglite') await migrate(handle);
  const others = await countNonSeedUsers(handle.db);
  if (others > 0 && !process.argv.includes(ALLOW_FLAG)) {
    console.error(
      `Refusing to seed: this database already has ${others} user(s), so it is not a fresh development database. ` +
        `The seed adds users whose passwords are published in the README. If you are sure, run \`pnpm db:seed ${ALLOW_FLAG}\`.`,
    );
    process.exitCode = 1;
  } else {
    await seed(handle.db);
    console.log('Seeded. Sign in with:');
    for (const seedUser of Object.values(seedUsers)) {
      console.log(`  ${seedUser.email} / ${seedUser.password}`);
    }
  }
} finally {
  await handle.close();
}
