import { getDatabase } from '@kit/database';
import { deleteExpiredRows } from '@kit/database/cleanup';
import { logger } from '@kit/logger';
import { definePlugin } from 'nitro';

const HOUR_MS = 60 * 60 * 1000;
// A little after start, so that a fresh deployment's first requests do not wait behind it.
const FIRST_RUN_DELAY_MS = 60 * 1000;

async function cleanUp() {
  try {
    const removed = await deleteExpiredRows(getDatabase());
    logger.info({ removed }, 'cleanup');
  } catch (error) {
    logger.error({ err: error }, 'cleanup failed; it runs again in an hour');
  }
}

// Expired sessions, verification tokens and rate-limit rows are deleted every hour inside the server.
// CLEANUP_SCHEDULE=false turns it off (for example when a cron job runs `pnpm db:cleanup` instead).
export default definePlugin(() => {
  if (process.env.CLEANUP_SCHEDULE === 'false') return;
  setTimeout(cleanUp, FIRST_RUN_DELAY_MS).unref();
  setInterval(cleanUp, HOUR_MS).unref();
});
