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

export function applySecurityHeaders(headers: Headers, nonce: string): void {
  headers.set('Content-Security-Policy', contentSecurityPolicy(nonce));
  headers.set('X-Frame-Options', 'DENY');
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  if (isProduction) {
    headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  }
}
