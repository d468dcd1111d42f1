import { parseAuthEnv } from '@kit/better-auth/env';

let origin: string | undefined;

/**
 * The site's public origin (BETTER_AUTH_URL, checked at start), for the absolute addresses that leave the
 * page: OpenGraph tags, the sitemap, robots.txt. Not the request's Host header, which a client chooses.
 */
export function siteOrigin(): string {
  origin ??= parseAuthEnv().baseUrl;
  return origin;
}
