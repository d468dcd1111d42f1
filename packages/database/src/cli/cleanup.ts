// `pnpm db:cleanup`: deletes expired sessions, verification tokens and old rate-limit rows. The server
// does this by itself every hour; this is for a cron job, or a deployment that turns that off.
import { deleteExpiredRows } from '../cleanup';
import { createDatabase } from '../client';
import { parseDatabaseEnv } from '../env';
import { loadDotEnv } from './load-env';

loadDotEnv();

const handle = createDatabase({
  url: process.env.DATABASE_URL || undefined,
  maxConnections: 1,
  prepare: parseDatabaseEnv().prepare,
});
try {
  const removed = await deleteExpiredRows(handle.db);
  console.log(
    `Removed ${removed.sessions} expired sessions, ${removed.verifications} expired verification tokens and ${removed.rateLimits} old rate-limit rows.`,
  );
} finally {
  await handle.close();
}
