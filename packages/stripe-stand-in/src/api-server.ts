import type { IncomingMessage, ServerResponse } from 'node:http';
import Stripe from 'stripe';
import { StripeApiError } from './errors';
import { expandAnswer } from './expand';
import { type Params, parseForm } from './form';
import type { IdempotencyStore, StoredAnswer } from './idempotency';
import { newId } from './ids';
import { dispatch } from './routes';
import { type StandInState, snapshot } from './state';

const MAX_BODY_BYTES = 1024 * 1024;

/** One call the SDK made, as the stand-in saw it. */
export interface LoggedRequest {
  method: string;
  /** Without the query string (GET parameters are in `params`). */
  path: string;
  idempotencyKey: string | null;
  params: Params;
  /** The status answered; 0 when the connection was closed (`setUnavailable(true)`). */
  status: number;
  /** True when the answer was replayed for a known idempotency key. */
  replayed: boolean;
}

/** Stripe being down, on demand: the next `remaining` calls fail with `status`, or every connection closes. */
export interface Faults {
  remaining: number;
  status: number;
  unavailable: boolean;
}

export interface ApiContext {
  state: StandInState;
  idempotency: IdempotencyStore;
  requests: LoggedRequest[];
  faults: Faults;
}

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new StripeApiError(413, 'invalid_request_error', 'Request body too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, answer: StoredAnswer, replayed = false): void {
  response.writeHead(answer.status, {
    'content-type': 'application/json',
    'request-id': newId('req_', 14),
    'stripe-version': Stripe.API_VERSION,
    ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
  });
  response.end(answer.body);
}

function errorAnswer(error: unknown): StoredAnswer {
  if (error instanceof StripeApiError) return { status: error.status, body: JSON.stringify(error.toBody()) };
  const message = error instanceof Error ? error.message : String(error);
  const body = { error: { type: 'api_error', message: `The Stripe stand-in failed: ${message}` } };
  return { status: 500, body: JSON.stringify(body) };
}

function injectedFailure(status: number): StoredAnswer {
  const error =
    status === 429
      ? { type: 'invalid_request_error', code: 'rate_limit', message: 'Too many requests (simulated).' }
      : { type: 'api_error', message: 'Stripe is unavailable (simulated by the stand-in). Try again later.' };
  return { status, body: JSON.stringify({ error }) };
}

function requireApiKey(request: IncomingMessage): void {
  const header = request.headers.authorization ?? '';
  if (!/^Bearer sk_\S+$/.test(header)) {
    throw new StripeApiError(
      401,
      'invalid_request_error',
      'You did not provide a valid API key. Send it as `Authorization: Bearer sk_...`.',
    );
  }
}

/** Answers one `/v1/...` call: auth, injected faults, idempotency, the endpoint, `expand[]`, the log. */
export async function handleApiRequest(
  context: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const method = request.method ?? 'GET';
  const header = request.headers['idempotency-key'];
  const idempotencyKey = typeof header === 'string' ? header : null;
  const entry: LoggedRequest = {
    method,
    path: url.pathname,
    idempotencyKey,
    params: {},
    status: 0,
    replayed: false,
  };
  context.requests.push(entry);
  let answer: StoredAnswer;
  try {
    const body = await readBody(request);
    if (context.faults.unavailable) {
      entry.params = paramsOrNothing(method, url, body);
      request.socket.destroy();
      return;
    }
    entry.params = paramsOf(method, url, body);
    requireApiKey(request);
    if (context.faults.remaining > 0) {
      context.faults.remaining -= 1;
      answer = injectedFailure(context.faults.status);
    } else {
      const replay =
        method === 'POST' && idempotencyKey
          ? context.idempotency.replay(idempotencyKey, method, url.pathname, entry.params)
          : undefined;
      if (replay) {
        entry.replayed = true;
        answer = replay;
      } else {
        answer = run(context, method, url.pathname, entry.params);
        if (method === 'POST' && idempotencyKey) {
          context.idempotency.remember(idempotencyKey, method, url.pathname, entry.params, answer);
        }
      }
    }
  } catch (error) {
    answer = errorAnswer(error);
  }
  entry.status = answer.status;
  send(response, answer, entry.replayed);
}

function paramsOf(method: string, url: URL, body: string): Params {
  return method === 'GET' || method === 'DELETE' ? parseForm(url.search.slice(1)) : parseForm(body);
}

function paramsOrNothing(method: string, url: URL, body: string): Params {
  try {
    return paramsOf(method, url, body);
  } catch {
    return {};
  }
}

function run(context: ApiContext, method: string, path: string, params: Params): StoredAnswer {
  try {
    const result = snapshot(dispatch(context.state, method, path, params));
    const expand = Array.isArray(params.expand)
      ? params.expand.filter((p) => typeof p === 'string')
      : undefined;
    const expanded = expandAnswer(result, expand, (id) => context.state.find(id));
    return { status: 200, body: JSON.stringify(expanded) };
  } catch (error) {
    return errorAnswer(error);
  }
}
