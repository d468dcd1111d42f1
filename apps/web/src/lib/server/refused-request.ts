import { scrubText } from '@kit/logger';
import { createRequestValues } from './request-context';
import { logRequest } from './request-log';

/**
 * A request answered before Start reads it gets what Start's middleware gives every other: an id (a proxy's,
 * or a new one) and its log line. Returns the id, for the answer's `X-Request-Id`.
 */
export function logRefusedRequest(request: Request, status: number, startedAt = performance.now()): string {
  const { requestId } = createRequestValues(request);
  // The path as it came: it names nothing the app serves, and decoding it could fail. A URL that does not
  // parse at all (a Host header with a bad port) has no path to give.
  const path = URL.canParse(request.url) ? scrubText(new URL(request.url).pathname) : undefined;
  const route = { method: request.method, path };
  logRequest(request, route, { requestId, status, startedAt, session: null });
  return requestId;
}
