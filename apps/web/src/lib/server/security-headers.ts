const isProduction = process.env.NODE_ENV === 'production';

/** The Content-Security-Policy of HTML pages: scripts only from this origin or with this response's nonce. */
export function contentSecurityPolicy(nonce: string): string {
  const scriptSources = isProduction
    ? `'self' 'nonce-${nonce}'`
    : // Vite's dev server injects inline module scripts and evaluates HMR updates.
      `'self' 'unsafe-inline' 'unsafe-eval'`;
  return [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self' data:",
    `connect-src 'self'${isProduction ? '' : ' ws: wss:'}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers every response carries, pages and static files alike. */
export function baseSecurityHeaders(): Record<string, string> {
  return {
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(isProduction ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/** Static files (scripts, styles, images) are never documents: they need no script sources. */
export function staticFileSecurityHeaders(): Record<string, string> {
  return {
    ...baseSecurityHeaders(),
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  };
}

/**
 * The marketing pages, sent without Cross-Origin-Opener-Policy. They are the same for every visitor and hold
 * nothing another window could read or act on. With the policy, Chromium opens such a page from a blank tab
 * in a new browsing context group and renderer, whose start is one long main-thread task: Lighthouse mobile
 * on `/` measured 95–99 with it and 99–100 without (decision 0007). Sign-in, sign-up and every signed-in
 * page keep it.
 */
const PAGES_WITHOUT_OPENER_POLICY: ReadonlySet<string> = new Set(['/', '/terms', '/privacy']);

/** The headers of every response Start produces (pages, server functions, server routes) at `pathname`. */
export function securityHeaders(nonce: string, pathname = ''): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    ...baseSecurityHeaders(),
  };
  if (PAGES_WITHOUT_OPENER_POLICY.has(pathname)) delete headers['Cross-Origin-Opener-Policy'];
  return headers;
}

export function applySecurityHeaders(headers: Headers, nonce: string, pathname: string): void {
  for (const [name, value] of Object.entries(securityHeaders(nonce, pathname))) headers.set(name, value);
}
