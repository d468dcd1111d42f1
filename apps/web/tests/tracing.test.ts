// "Run it in production" item 2: with OTEL_EXPORTER_OTLP_ENDPOINT set, the server exports a span per
// request, server function, SQL statement and email over OTLP/HTTP, each with the request id.
import { getDatabase } from '@kit/database';
import { createTestUser } from '@kit/database/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';
import { type ReceivedSpan, startOtlpReceiver } from './support/otlp-receiver';

const REQUEST_ID = 'kit.request_id';

async function spansOfRequest(
  spans: ReceivedSpan[],
  requestId: string | null,
  expected: (s: ReceivedSpan[]) => boolean,
) {
  let found: ReceivedSpan[] = [];
  await expect
    .poll(
      () => {
        found = spans.filter((span) => span.attributes[REQUEST_ID] === requestId);
        return expected(found);
      },
      { timeout: 10_000, interval: 100 },
    )
    .toBe(true);
  return found;
}

describe('OpenTelemetry traces (production build)', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let app: AppServer;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    app = await startAppServer({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
  });
  afterAll(async () => {
    await app.stop();
    await receiver.close();
  });

  it('sends a signed-in page as a request span with its server functions and SQL statements below it', async () => {
    const person = await createTestUser(getDatabase());
    const client = await signedInClient(app.baseUrl, person);
    const page = await client.request('/dashboard');
    expect(page.status).toBe(200);
    const requestId = page.headers.get('x-request-id');
    const spans = await spansOfRequest(
      receiver.spans,
      requestId,
      (found) =>
        found.some((span) => span.name === 'GET /dashboard') && found.some((s) => s.name.startsWith('db ')),
    );
    const root = spans.find((span) => span.name === 'GET /dashboard');
    expect(root?.parentSpanId).toBeUndefined();
    expect(root?.attributes['http.response.status_code']).toBe(200);
    const sessionQuery = spans.find((span) =>
      String(span.attributes['db.query.text']).includes('from "session"'),
    );
    expect(sessionQuery?.traceId).toBe(root?.traceId);
    // Statement text only: never the parameters (the session token).
    expect(JSON.stringify(spans)).not.toContain(
      decodeURIComponent(client.cookie.split('session_token=')[1] ?? 'x').split('.')[0],
    );
    expect(spans.some((span) => span.name.startsWith('server-fn ') && span.traceId === root?.traceId)).toBe(
      true,
    );
    expect(spans.every((span) => span.traceId === root?.traceId)).toBe(true);
  });

  it('sends a server function call as its request span and a server-function span', async () => {
    const person = await createTestUser(getDatabase());
    const client = await signedInClient(app.baseUrl, person);
    const call = await client.serverFn('features.user.users.functions.fetchMySessions', { method: 'GET' });
    expect(call.status).toBe(200);
    const spans = await spansOfRequest(receiver.spans, call.response.headers.get('x-request-id'), (found) =>
      found.some((span) => span.name === 'server-fn features.user.users.functions.fetchMySessions'),
    );
    const fn = spans.find((span) => span.name === 'server-fn features.user.users.functions.fetchMySessions');
    const root = spans.find((span) => span.name === 'GET features.user.users.functions.fetchMySessions');
    expect(root).toBeDefined();
    expect(fn?.traceId).toBe(root?.traceId);
    expect(spans.some((span) => span.name.startsWith('db ') && span.traceId === root?.traceId)).toBe(true);
  });

  it('sends an outgoing email as a span of the request that sent it', async () => {
    const person = await createTestUser(getDatabase());
    const response = await new HttpClient(app.baseUrl).authPost('request-password-reset', {
      email: person.email,
      redirectTo: '/auth/reset-password',
    });
    expect(response.status).toBe(200);
    const spans = await spansOfRequest(receiver.spans, response.headers.get('x-request-id'), (found) =>
      found.some((span) => span.name === 'email send'),
    );
    expect(spans.find((span) => span.name === 'email send')?.attributes['email.subject']).toBeTypeOf(
      'string',
    );
  });
});

describe('OpenTelemetry traces at shutdown (production build)', () => {
  it('sends the spans still waiting for their batch before the process exits', async () => {
    const receiver = await startOtlpReceiver();
    // A batch that would leave long after the process: only the shutdown's flush can send it.
    const app = await startAppServer({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '60000',
    });
    try {
      const page = await new HttpClient(app.baseUrl).request('/');
      expect(page.status).toBe(200);
      expect(receiver.spans).toEqual([]);
      expect(await app.stop()).toBe(0);
      const requestId = page.headers.get('x-request-id');
      expect(
        receiver.spans.some((span) => span.name === 'GET /' && span.attributes[REQUEST_ID] === requestId),
      ).toBe(true);
    } finally {
      await app.stop();
      await receiver.close();
    }
  });
});
