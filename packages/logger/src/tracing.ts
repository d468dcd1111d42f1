import type { Attributes, Span, Tracer } from '@opentelemetry/api';
import { scrubText } from './redact';

// Off unless the app installs a tracer (it loads the OpenTelemetry SDK only when
// OTEL_EXPORTER_OTLP_ENDPOINT is set): then every helper here is a property check and a plain call.
// Kept on globalThis: the built server holds two copies of this module (Nitro's entry and the SSR bundle).
const holder = globalThis as typeof globalThis & { __kitTracer?: Tracer };

// SpanStatusCode.ERROR, without loading @opentelemetry/api when tracing is off.
const SPAN_STATUS_ERROR = 2;

/** Whether this process was asked to export traces (read once at start, before any span). */
export function isTracingRequested(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT);
}

export function setTracer(next: Tracer | undefined): void {
  holder.__kitTracer = next;
}

export function isTracing(): boolean {
  return holder.__kitTracer !== undefined;
}

function recordFailure(span: Span, error: unknown): void {
  const message = scrubText(error instanceof Error ? error.message : String(error));
  span.recordException({ name: error instanceof Error ? error.name : 'Error', message });
  span.setStatus({ code: SPAN_STATUS_ERROR, message });
}

/** Runs `work` inside a span (the parent of the spans it starts); just runs it when tracing is off. */
export function inSpan<T>(
  name: string,
  attributes: Attributes,
  work: (span?: Span) => Promise<T>,
): Promise<T> {
  const tracer = holder.__kitTracer;
  if (!tracer) return work();
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      recordFailure(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** A span that ends when `pending` settles, with no children (a SQL statement). */
export function spanUntilSettled(name: string, attributes: Attributes, pending: PromiseLike<unknown>): void {
  const tracer = holder.__kitTracer;
  if (!tracer) return;
  const span = tracer.startSpan(name, { attributes });
  pending.then(
    () => span.end(),
    (error: unknown) => {
      recordFailure(span, error);
      span.end();
    },
  );
}
