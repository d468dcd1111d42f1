import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Record<string, string | number | boolean | undefined>;
}

interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number };
}

interface OtlpTraces {
  resourceSpans?: Array<{
    scopeSpans?: Array<{
      spans?: Array<Omit<ReceivedSpan, 'attributes'> & { attributes?: OtlpAttribute[] }>;
    }>;
  }>;
}

function attributeValue({ value }: OtlpAttribute) {
  return (
    value.stringValue ??
    (value.intValue !== undefined ? Number(value.intValue) : undefined) ??
    value.boolValue ??
    value.doubleValue
  );
}

/** An OTLP/HTTP trace receiver on 127.0.0.1 that keeps every span it is sent (JSON encoding). */
export async function startOtlpReceiver() {
  const spans: ReceivedSpan[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      if (request.method === 'POST' && request.url === '/v1/traces') {
        const traces = JSON.parse(body) as OtlpTraces;
        for (const resource of traces.resourceSpans ?? []) {
          for (const scope of resource.scopeSpans ?? []) {
            for (const span of scope.spans ?? []) {
              const attributes = Object.fromEntries(
                (span.attributes ?? []).map((attribute) => [attribute.key, attributeValue(attribute)]),
              );
              spans.push({ ...span, parentSpanId: span.parentSpanId || undefined, attributes });
            }
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    spans,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
