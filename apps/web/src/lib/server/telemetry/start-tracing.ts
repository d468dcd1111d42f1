// Loaded only when OTEL_EXPORTER_OTLP_ENDPOINT is set (server-plugins/telemetry.ts imports it
// dynamically): without it, none of the OpenTelemetry SDK is loaded.
import { setTracer } from '@kit/logger';
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { z } from 'zod';
import { RequestIdSpanProcessor } from './request-id-span-processor';

const telemetryEnvSchema = z.object({
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url(),
  /** A full URL for traces only; default: the endpoint + /v1/traces. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url().optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('kit-web'),
  /** How long spans wait to be sent in a batch (ms). */
  OTEL_BSP_SCHEDULE_DELAY: z.coerce.number().int().positive().default(5000),
});

/** Starts exporting traces over OTLP/HTTP (JSON); returns a function that flushes and stops. */
export function startTracing(env: Record<string, string | undefined> = process.env): () => Promise<void> {
  const config = telemetryEnvSchema.parse(env);
  const url =
    config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
    `${config.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.OTEL_SERVICE_NAME }),
    spanProcessors: [
      new RequestIdSpanProcessor(),
      new BatchSpanProcessor({
        exporter: new OTLPTraceExporter({ url }),
        scheduledDelayMillis: config.OTEL_BSP_SCHEDULE_DELAY,
      }),
    ],
  });
  trace.setGlobalTracerProvider(provider);
  setTracer(provider.getTracer('@kit/web'));
  return async () => {
    setTracer(undefined);
    await provider.shutdown();
  };
}
