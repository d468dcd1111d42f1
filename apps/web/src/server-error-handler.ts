import { defineErrorHandler } from 'nitro';

/**
 * nitro's answer to a request that fails before the app reads it: h3 refuses a path whose percent-encoding
 * is malformed (400); an error thrown outside Start would come here too (500). nitro's own answer was bare
 * JSON without the kit's security headers, a request id or a log line; `refusalResponse` gives all three.
 * It loads with the first such request: the server's start needs none of it (nor the messages it uses).
 */
export default defineErrorHandler(async (error, event) => {
  const startedAt = performance.now();
  const { refusalResponse } = await import('./lib/server/refusal-response');
  return refusalResponse(error, event.req, startedAt);
});
