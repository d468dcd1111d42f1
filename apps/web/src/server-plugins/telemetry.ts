import { setTimeout as wait } from 'node:timers/promises';
import { isTracingRequested, logger } from '@kit/logger';
import { definePlugin } from 'nitro';

/** A collector that does not answer must not hold the shutdown past its limit (OTLP waits 10 s). */
const LAST_SPANS_WAIT_MS = 2_000;

async function sendLastSpans(stopTracing: () => Promise<void>): Promise<void> {
  try {
    const outcome = await Promise.race([
      stopTracing().then(() => 'sent' as const),
      // Unreferenced: a flush that finished first leaves nothing that holds the process.
      wait(LAST_SPANS_WAIT_MS, 'gave up' as const, { ref: false }),
    ]);
    if (outcome === 'gave up')
      logger.warn('the last spans were not sent: the collector did not answer in time');
  } catch (error) {
    logger.error({ err: error }, 'could not send the last spans');
  }
}

// Traces are exported only when OTEL_EXPORTER_OTLP_ENDPOINT is set; the SDK is loaded then, after the
// server has started, so that a server without it neither loads nor runs any of it. On shutdown the spans
// still waiting for their batch are sent before the process exits (graceful-shutdown.ts exits after
// every other plugin's close hook).
export default definePlugin((nitroApp) => {
  if (!isTracingRequested()) return;
  import('../lib/server/telemetry/start-tracing')
    .then(({ startTracing }) => {
      const stopTracing = startTracing();
      nitroApp.hooks.hook('close', () => sendLastSpans(stopTracing));
      logger.info('exporting traces over OTLP/HTTP');
    })
    .catch((error: unknown) => logger.error({ err: error }, 'could not start tracing'));
});
