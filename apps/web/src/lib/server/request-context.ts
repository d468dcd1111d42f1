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

export function createRequestValues(request: Request): RequestValues {
  const values: RequestValues = {
    requestId: request.headers.get('x-request-id')?.slice(0, 100) || crypto.randomUUID(),
    nonce: nextNonce(),
  };
  valuesByRequest.set(request, values);
  return values;
}

export function getRequestValues(request: Request): RequestValues | undefined {
  return valuesByRequest.get(request);
}
