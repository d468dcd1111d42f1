import { parseAuthEnv } from '@kit/better-auth/env';
import { createCsrfMiddleware, createMiddleware, createStart } from '@tanstack/react-start';
import { getRequest } from '@tanstack/react-start/server';
import { isHttpError, toSafeError } from './lib/server/errors';
import { createRequestValues, getRequestValues } from './lib/server/request-context';
import { applySecurityHeaders } from './lib/server/security-headers';

const trustedOrigins = new Set(parseAuthEnv().trustedOrigins);

/** Request id and security headers on every response Start produces. */
const securityHeadersMiddleware = createMiddleware().server(async ({ next, request }) => {
  const { requestId, nonce } = createRequestValues(request);
  const result = await next();
  // Redirects and some framework responses carry immutable headers: copy before changing them.
  const response = new Response(result.response.body, result.response);
  applySecurityHeaders(response.headers, nonce);
  response.headers.set('X-Request-Id', requestId);
  return { ...result, response };
});

/**
 * Server functions accept only same-origin calls: Sec-Fetch-Site must be same-origin, or, from
 * clients that do not send it, Origin (else Referer) must be one of the app's trusted origins.
 */
const csrfMiddleware = createCsrfMiddleware({
  filter: ({ handlerType }) => handlerType === 'serverFn',
  origin: (origin, { request }) =>
    trustedOrigins.has(origin) || origin === new URL(request.url).origin,
  failureResponse: () =>
    Response.json(
      { error: 'Cross-origin request refused. Reload the page and try again.' },
      { status: 403 },
    ),
});

/** Server-function errors reach the client as status + message only; unexpected ones are logged. */
const errorBoundaryMiddleware = createMiddleware({ type: 'function' }).server(async ({ next }) => {
  try {
    return await next();
  } catch (error) {
    if (isHttpError(error)) throw error;
    const request = getRequest();
    throw toSafeError(error, getRequestValues(request)?.requestId ?? 'unknown');
  }
});

export const startInstance = createStart(() => ({
  requestMiddleware: [securityHeadersMiddleware, csrfMiddleware],
  functionMiddleware: [errorBoundaryMiddleware],
}));
