// Per-request values that the request middleware creates and the rest of the server reads.
interface RequestValues {
  requestId: string;
  nonce: string;
}

const valuesByRequest = new WeakMap<Request, RequestValues>();

export function createRequestValues(request: Request): RequestValues {
  const values: RequestValues = {
    requestId: request.headers.get('x-request-id')?.slice(0, 100) || crypto.randomUUID(),
    nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64'),
  };
  valuesByRequest.set(request, values);
  return values;
}

export function getRequestValues(request: Request): RequestValues | undefined {
  return valuesByRequest.get(request);
}
