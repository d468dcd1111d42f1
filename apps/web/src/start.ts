import { inSpan, withLogContext } from '@kit/logger';
import { isNotFound, isRedirect } from '@tanstack/react-router';
import {
  createCsrfMiddleware,
  createMiddleware,
  createServerOnlyFn,
  createStart,
} from '@tanstack/react-start';
import { getRequest, setResponseStatus } from '@tanstack/react-start/server';
import { httpErrorAdapter } from './lib/serialization';
import { fromAuthApiError, isHttpError, toSafeError } from './lib/server/errors';
import { impersonationAuditMiddleware } from './lib/server/impersonation-audit';
import { createRequestValues, getRequestValues } from './lib/server/request-context';
import { describeRequest, logRequest } from './lib/server/request-log';
import { applySecurityHeaders } from './lib/server/security-headers';
import { noSuchServerFunction, serverFunctionIdOf } from './lib/server/server-fn-id';
import { hasReadablePayload } from './lib/server/server-fn-payload';
import { serverFunctionRateLimitMiddleware } from './lib/server/server-fn-rate-limit';

// Server-only: the compiler removes its body (and the environment schema it imports) from the client.
const isTrustedOrigin = createServerOnlyFn(async (origin: string): Promise<boolean> => {
  const { getAuthEnv } = await import('@kit/better-auth/setup');
  return getAuthEnv().trustedOrigins.includes(origin);
});

/**
 * Every request gets an id, a log line when it is answered, and (when traces are exported) a span that
 * the spans of its server functions, SQL statements and emails hang from. Whatever is logged while it is
 * served carries its id.
 */
const requestLogMiddleware = createMiddleware().server(({ next, request }) => {
  const startedAt = performance.now();
  const { requestId } = createRequestValues(request);
  const route = describeRequest(request);
  const attributes = {
    'http.request.method': route.method,
    ...(route.fn ? { 'kit.server_fn': route.fn } : { 'url.path': route.path }),
    'kit.request_id': requestId,
  };
  return withLogContext({ reqId: requestId }, () =>
    inSpan(`${route.method} ${route.fn ?? route.path}`, attributes, async (span) => {
      let status = 500;
      try {
        const result = await next();
        status = result.response.status;
        return result;
      } finally {
        span?.setAttribute('http.response.status_code', status);
        logRequest(request, route, { requestId, status, startedAt });
      }
    }),
  );
});

/** Request id and security headers on every response Start produces. */
const securityHeadersMiddleware = createMiddleware().server(async ({ next, request }) => {
  const { requestId, nonce } = getRequestValues(request) ?? createRequestValues(request);
  const result = await next();
  // Redirects and some framework responses carry immutable headers: copy before changing them.
  const response = new Response(result.response.body, result.response);
  applySecurityHeaders(response.headers, nonce, new URL(request.url).pathname);
  response.headers.set('X-Request-Id', requestId);
  return { ...result, response };
});

/**
 * A server-function call names its function in the one form every middleware reads (server-fn-id.ts).
 * Start also runs `<id>` for a path it reaches by decoding (`/%5FserverFn/<id>`): refused before anything
 * runs, so the limits and the audit always see the function that runs. (Paths under the base that are
 * not canonical never get here: the server entry, server.ts, refuses them.)
 */
const serverFnPathMiddleware = createMiddleware().server(async ({ next, request, handlerType }) => {
  if (handlerType === 'serverFn' && !serverFunctionIdOf(new URL(request.url))) return noSuchServerFunction();
  return next();
});

/**
 * Server functions accept only same-origin calls: Sec-Fetch-Site must be same-origin, or, from
 * clients that do not send it, Origin (else Referer) must be one of the app's trusted origins.
 */
const csrfMiddleware = createCsrfMiddleware({
  filter: ({ handlerType }) => handlerType === 'serverFn',
  origin: async (origin, { request }) =>
    origin === new URL(request.url).origin || (await isTrustedOrigin(origin)),
  failureResponse: () =>
    Response.json({ error: 'Cross-origin request refused. Reload the page and try again.' }, { status: 403 }),
});

/** A server-function call whose payload is not in Start's format is a 400, not a parser's 500. */
const serverFnPayloadMiddleware = createMiddleware().server(async ({ next, request, handlerType }) => {
  if (handlerType === 'serverFn' && !(await hasReadablePayload(request))) {
    return Response.json(
      { error: 'The request body is not a valid server-function call. Reload the page and try again.' },
      { status: 400 },
    );
  }
  return next();
});

/** A span per server function, also when a page's loader calls one during rendering. */
const serverFnSpanMiddleware = createMiddleware({ type: 'function' }).server(({ next, serverFnMeta }) =>
  inSpan(`server-fn ${serverFnMeta.id}`, { 'kit.server_fn': serverFnMeta.id }, () => next()),
);

/**
 * Server-function errors answer with their HTTP status (Start would answer 200) and reach the client as
 * a message only; unexpected ones become a 500 that names the request id, and are logged with it.
 */
const errorBoundaryMiddleware = createMiddleware({ type: 'function' }).server(async ({ next }) => {
  try {
    return await next();
  } catch (error) {
    if (isRedirect(error) || isNotFound(error)) throw error;
    const safe = isHttpError(error)
      ? error
      : (fromAuthApiError(error) ??
        toSafeError(error, getRequestValues(getRequest())?.requestId ?? 'unknown'));
    setResponseStatus(safe.status);
    throw safe;
  }
});

export const startInstance = createStart(() => ({
  requestMiddleware: [
    requestLogMiddleware,
    securityHeadersMiddleware,
    serverFnPathMiddleware,
    csrfMiddleware,
    serverFnPayloadMiddleware,
  ],
  functionMiddleware: [
    serverFnSpanMiddleware,
    errorBoundaryMiddleware,
    serverFunctionRateLimitMiddleware,
    impersonationAuditMiddleware,
  ],
  serializationAdapters: [httpErrorAdapter],
}));
