import { defineErrorHandler } from 'nitro';
import { staticFileSecurityHeaders } from './lib/server/security-headers';
import { m } from './paraglide/messages';
import { extractLocaleFromRequest } from './paraglide/runtime';

/**
 * The answer to a request that fails before the app reads it: h3 refuses a path whose percent-encoding is
 * malformed (400); an error thrown outside Start would come here too (500). nitro's own answer was bare JSON
 * without the kit's security headers, a request id or a log line. Now a browser gets a short page in its
 * language with a way home, and any other client the same JSON as before; both get the headers and the id
 * (a proxy's is kept), and the request is logged like any other.
 */
export default defineErrorHandler(async (error, event) => {
  const startedAt = performance.now();
  const request = event.req;
  const unexpected = error.unhandled || !error.status || error.status >= 500;
  const status = unexpected ? 500 : error.status;
  // Loaded with the first such request: the start path needs neither.
  const [{ logRefusedRequest }, { toSafeError }] = await Promise.all([
    import('./lib/server/refused-request'),
    import('./lib/server/errors'),
  ]);
  const requestId = logRefusedRequest(request, status, startedAt);
  const message = unexpected ? toSafeError(error, requestId).message : error.message;

  const headers = new Headers({
    ...staticFileSecurityHeaders(),
    'Cache-Control': 'no-store',
    'X-Request-Id': requestId,
  });
  if (!request.headers.get('accept')?.includes('text/html')) {
    headers.set('Content-Type', 'application/json; charset=utf-8');
    return new Response(JSON.stringify({ error: true, status, message }), { status, headers });
  }
  headers.set('Content-Type', 'text/html; charset=utf-8');
  return new Response(refusalPage(extractLocaleFromRequest(request), status), { status, headers });
});

/** A page of fixed text (no request data in it), styled inline: the page's policy allows no stylesheet. */
function refusalPage(locale: ReturnType<typeof extractLocaleFromRequest>, status: number): string {
  const options = { locale };
  const [title, text] =
    status >= 500
      ? [m.error_title({}, options), m.error_next_step({}, options)]
      : [m.not_found_title({}, options), m.not_found_text({}, options)];
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${m.page_title({ page: title }, options)}</title>
</head>
<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<main>
<p>${m.error_code({ status }, options)}</p>
<h1>${title}</h1>
<p>${text}</p>
<p><a href="/">${m.not_found_home({}, options)}</a></p>
</main>
</body>
</html>
`;
}
