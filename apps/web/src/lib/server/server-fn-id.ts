// Which server function an HTTP request calls: the one parser every middleware uses.
//
// Start runs the function named by the first segment after its base (`/_serverFn/<id>/anything` runs
// `<id>`), and first decodes a path that holds a `%` (`/%5FserverFn/<id>` and `/_serverFn/%66…` run too).
// Middleware that read the path another way would count or audit another name than the one that runs.
// So only the canonical form is a server-function call: the base, then the id as one segment of the
// characters the kit's ids are made of (vite.config.ts, generateFunctionId), nothing after it. Start's own
// client calls exactly `base + id`; anything else Start routes to a server function is refused with
// noSuchServerFunction(): by the server entry (server.ts) under the base, by request middleware (start.ts)
// when Start reaches the base only by decoding the path.

/** Start's server-function base path, as its build defines it (`/_serverFn/` unless configured). */
const SERVER_FN_BASE = process.env.TSS_SERVER_FN_BASE ?? '/_serverFn/';

const FUNCTION_ID = /^[\w.$-]+$/;

/** True for any path under the server-function base, canonical or not. */
export function isUnderServerFunctionBase(url: URL): boolean {
  return url.pathname.startsWith(SERVER_FN_BASE);
}

/**
 * The id of the server function `url` calls, when it is in the canonical form `<base><id>`; undefined for
 * any other path (a page, or a server-function path with extra segments, a trailing slash, an empty or
 * percent-encoded segment).
 */
export function serverFunctionIdOf(url: URL): string | undefined {
  if (!isUnderServerFunctionBase(url)) return undefined;
  const id = url.pathname.slice(SERVER_FN_BASE.length);
  return FUNCTION_ID.test(id) ? id : undefined;
}

/** The id of the server function a POST request calls (mutations); undefined for anything else. */
export function mutatingServerFunctionIdOf(request: Request): string | undefined {
  return request.method === 'POST' ? serverFunctionIdOf(new URL(request.url)) : undefined;
}

/** The answer to a server-function path that is not a function's own: nothing runs. */
export function noSuchServerFunction(headers?: HeadersInit): Response {
  return Response.json({ error: 'No such server function.' }, { status: 404, headers });
}
