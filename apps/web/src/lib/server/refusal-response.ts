import { m } from '~/paraglide/messages';
import { baseLocale, extractLocaleFromRequest, type Locale } from '~/paraglide/runtime';
import { toSafeError } from './errors';
import { logRefusedRequest } from './refused-request';
import { staticFileSecurityHeaders } from './security-headers';

/**
 * The answer to a request that failed before the app read it (see `server-error-handler.ts`): the static
 * files' security headers, a request id (a proxy's kept) and a log line; a short page in the browser's
 * language with a way home, or the JSON nitro gave before for any other client.
 */
/** What a refusal is made from: h3's HTTPError, or the app's own `{ status, message }`. */
export interface Refusal {
  status?: number;
  message: string;
  /** Set by h3 on an error it did not expect (answered 500). */
  unhandled?: boolean;
}

export function refusalResponse(error: Refusal, request: Request, startedAt: number): Response {
  const status = !error.unhandled && error.status && error.status < 500 ? error.status : 500;
  const unexpected = status === 500;
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
  // Paraglide reads the request's URL too: one that does not parse gets the base language.
  const locale = URL.canParse(request.url) ? extractLocaleFromRequest(request) : baseLocale;
  return new Response(refusalPage(locale, status), { status, headers });
}

/** A page of fixed text (no request data in it), styled inline: the page's policy allows no stylesheet. */
function refusalPage(locale: Locale, status: number): string {
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
