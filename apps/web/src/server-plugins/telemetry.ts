import { isTracingRequested, logger } from '@kit/logger';
import { definePlugin } from 'nitro';

// Traces are exported only when OTEL_EXPORTER_OTLP_ENDPOINT is set; the SDK is loaded then, after the
// server has started, so that a server without it neither loads nor runs any of it.
export default definePlugin(() => {
  if (!isTracingRequested()) return;
  import('../lib/server/telemetry/start-tracing')
    .then(({ startTracing }) => {
      startTracing();
      logger.info('exporting traces over OTLP/HTTP');
    })
    .catch((error: unknown) => logger.error({ err: error }, 'could not start tracing'));
});
