import { logger } from '@kit/logger';
import { definePlugin } from 'nitro';
import { z } from 'zod';

const HOUR_MS = 60 * 60 * 1000;
// A little after start, so that a fresh deployment's first requests do not wait behind it.
const FIRST_RUN_DELAY_MS = 60 * 1000;

const intervalSchema = z.coerce
  .number({ error: 'CLEANUP_INTERVAL_MS must be a number of milliseconds' })
  .int()
  .min(1_000, { error: 'CLEANUP_INTERVAL_MS must be at least 1000' })
  .default(HOUR_MS);

async function cleanUp() {
  try {
    // Loaded with the first run (a minute after start), not while the server starts.
    const [{ getDatabase }, { deleteExpiredRowsOnOneInstance }] = await Promise.all([
      import('@kit/database'),
      import('@kit/database/cleanup'),
    ]);
    const removed = await deleteExpiredRowsOnOneInstance(getDatabase());
    if (removed) logger.info({ removed }, 'cleanup');
    else logger.info('cleanup skipped: another instance is running it');
  } catch (error) {
    logger.error({ err: error }, 'cleanup failed; it runs again at the next interval');
  }
}

/** Seat counts Stripe could not take when members changed (billing on only). */
async function retrySeatSyncs() {
  try {
    const { retryPendingSeatSyncs } = await import('../features/billing/seats.service');
    const seats = await retryPendingSeatSyncs();
    if (seats.retried > 0) logger.info({ seats }, 'pending seat syncs retried');
  } catch (error) {
    logger.error({ err: error }, 'seat sync retry failed; it runs again at the next interval');
  }
}

async function runScheduledJobs() {
  await cleanUp();
  await retrySeatSyncs();
}

// Expired sessions, verification tokens and rate-limit rows are deleted every hour (CLEANUP_INTERVAL_MS)
// inside the server, by one instance at a time; with billing on, seat counts Stripe missed are retried. CLEANUP_SCHEDULE=false turns it off (for example when a
// cron job runs `pnpm db:cleanup` instead).
export default definePlugin(() => {
  if (process.env.CLEANUP_SCHEDULE === 'false') return;
  const interval = intervalSchema.safeParse(process.env.CLEANUP_INTERVAL_MS || undefined);
  if (!interval.success) {
    logger.fatal(`Invalid environment:\n  - ${interval.error.issues[0]?.message}`);
    process.exit(1);
  }
  setTimeout(runScheduledJobs, Math.min(FIRST_RUN_DELAY_MS, interval.data)).unref();
  setInterval(runScheduledJobs, interval.data).unref();
});
