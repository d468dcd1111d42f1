import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Between the Stripe stand-in and the app's webhook endpoint (the stand-in delivers to `url`): passes each
 * signed delivery on unchanged, byte for byte, or — while a test holds them — keeps them and answers 200,
 * as Stripe would see a slow endpoint, until the test releases them. A test can so see the page before
 * the webhook has landed. Control: POST `${controlUrl}/hold`, `${controlUrl}/release`.
 */
export async function startWebhookRelay(appWebhookUrl: string) {
  let held: { body: Buffer; signature: string }[] | null = null;

  const forward = async (body: Buffer, signature: string) => {
    const response = await fetch(appWebhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      body: new Uint8Array(body),
    });
    return { status: response.status, text: await response.text() };
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const path = new URL(request.url ?? '/', 'http://relay').pathname;
    if (request.method !== 'POST') return answer(response, 405, 'POST only');
    if (path === '/webhook') {
      const signature = String(request.headers['stripe-signature'] ?? '');
      if (held) {
        held.push({ body, signature });
        return answer(response, 200, '{"received":true}');
      }
      const result = await forward(body, signature);
      return answer(response, result.status, result.text);
    }
    if (path === '/control/hold') {
      held ??= [];
      return answer(response, 204, '');
    }
    if (path === '/control/release') {
      const queue = held ?? [];
      held = null;
      const statuses: number[] = [];
      for (const delivery of queue) statuses.push((await forward(delivery.body, delivery.signature)).status);
      return answer(response, 200, JSON.stringify({ statuses }));
    }
    return answer(response, 404, 'unknown path');
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => answer(response, 500, String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/webhook`,
    controlUrl: `${base}/control`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answer(response: ServerResponse, status: number, body: string) {
  if (response.headersSent) return;
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(body);
}
