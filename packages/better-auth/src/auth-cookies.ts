import type { BetterAuthOptions } from 'better-auth';

/**
 * How better-auth names and marks its cookies. On https every auth cookie is a `__Host-` cookie (Secure,
 * Path=/, no Domain): a sibling subdomain can neither set nor overwrite it, so it cannot plant a second
 * session cookie. better-auth's own secure mode only offers `__Secure-`, which a subdomain can set for the
 * parent domain, so the prefix is ours and its secure mode stays off. Over http (local development and
 * the test suite) the names are plain `kit.*`.
 */
export function authCookieOptions(baseUrl: string) {
  const https = new URL(baseUrl).protocol === 'https:';
  return {
    cookiePrefix: https ? '__Host-kit' : 'kit',
    useSecureCookies: false,
    defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: https, path: '/' },
  } satisfies BetterAuthOptions['advanced'];
}
