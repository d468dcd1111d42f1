import { type Context, trace } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace';

export const REQUEST_ID_ATTRIBUTE = 'kit.request_id';

/** Gives every span the request id of its request's span (SQL statements, emails, server functions). */
export class RequestIdSpanProcessor implements SpanProcessor {
  onStart(span: Span, parentContext: Context): void {
    const parent = trace.getSpan(parentContext) as Partial<ReadableSpan> | undefined;
    const requestId = parent?.attributes?.[REQUEST_ID_ATTRIBUTE];
    if (requestId !== undefined && span.attributes[REQUEST_ID_ATTRIBUTE] === undefined) {
      span.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
    }
  }
  onEnd(_span: ReadableSpan): void {}
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
