import { logRefusedRequest } from './refused-request';
import { baseSecurityHeaders } from './security-headers';
import { noSuchServerFunction } from './server-fn-id';

/**
 * A path under the server-function base that is no function's own, refused before Start reads it: a 404
 * with a request id, and its log line like any other request's. Loaded with the first such request.
 */
export function refuseServerFunctionPath(request: Request): Response {
  const requestId = logRefusedRequest(request, 404);
  return noSuchServerFunction({ ...baseSecurityHeaders(), 'X-Request-Id': requestId });
}
