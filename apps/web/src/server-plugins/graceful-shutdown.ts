import { closeDatabase, closeDatabaseOnShutdownYourself } from '@kit/database/lifecycle';
import { logger } from '@kit/logger';
import { definePlugin } from 'nitro';
import { z } from 'zod';
import { isShuttingDown, markShuttingDown } from '../lib/server/shutdown-state';

// Replaced at build time: true in the built server (the dev server stops the way Vite does).
const isProductionBuild = process.env.NODE_ENV === 'production';

/** How long queries still running when the drain ends may take before the pool cuts them. */
const POOL_CLOSE_SECONDS = 1;

const shutdownTimeoutSchema = z.coerce
  .number({ error: 'SHUTDOWN_TIMEOUT_MS must be a number of milliseconds' })
  .int()
  .min(1_000, { error: 'SHUTDOWN_TIMEOUT_MS must be at least 1000' })
  .default(10_000);

/**
 * SIGTERM (or SIGINT): readiness turns 503, the server stops accepting connections, the requests in
 * flight finish (for up to SHUTDOWN_TIMEOUT_MS, then the rest are cut), the pool is closed, exit 0.
 *
 * The draining itself is srvx's (the server under nitro): on the signal it closes the listener, waits
 * for open requests for SERVER_SHUTDOWN_TIMEOUT whole seconds, then closes what is left, and nitro calls
 * its `close` hooks. srvx skips all of this when CI or TEST is set; the server then only closes the pool.
 *
 * The drain gets the limit rounded down to whole seconds, and a query still running after it (a cut
 * request's, stuck on a lock) gets one more second before the pool cuts its connection: the whole stop
 * stays within about a second of the limit, well before the backstop, which exits 1.
 */
export default definePlugin((nitroApp) => {
  if (!isProductionBuild) return;
  const parsed = shutdownTimeoutSchema.safeParse(process.env.SHUTDOWN_TIMEOUT_MS || undefined);
  if (!parsed.success) {
    logger.fatal(`Invalid environment:\n  - ${parsed.error.issues[0]?.message}`);
    process.exit(1);
  }
  const timeoutMs = parsed.data;
  const srvxDrains = !process.env.CI && !process.env.TEST;
  if (!srvxDrains) {
    logger.warn('CI or TEST is set: on SIGTERM the server exits without waiting for requests in flight.');
    return;
  }
  process.env.SERVER_SHUTDOWN_TIMEOUT = String(Math.floor(timeoutMs / 1000));
  closeDatabaseOnShutdownYourself();

  const onSignal = (signal: NodeJS.Signals) => {
    markShuttingDown();
    logger.info({ signal, timeoutMs }, 'shutting down: finishing the requests in flight');
    // Registered now, so that it runs after every other plugin's close hook.
    nitroApp.hooks.hook('close', async () => {
      await closeDatabase({ timeoutSeconds: POOL_CLOSE_SECONDS });
      logger.info('shut down');
      process.exit(0);
    });
    // A backstop in case the drain itself hangs (srvx cuts requests at the limit).
    setTimeout(() => {
      logger.error('shutdown still running after SHUTDOWN_TIMEOUT_MS; exiting.');
      process.exit(1);
    }, timeoutMs + 5_000).unref();
  };
  // A keep-alive connection that turns idle during the drain would hold it until its timeout (5 s):
  // what is answered while shutting down closes its connection.
  nitroApp.hooks.hook('response', (response) => {
    if (!isShuttingDown()) return;
    try {
      response.headers.set('Connection', 'close');
    } catch {
      // Immutable headers (a few framework responses): that connection waits for its timeout.
    }
  });
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
});
