import { withClientIp } from '@kit/better-auth/client-ip';
import { loadAuth } from '@kit/better-auth/setup';
import { createFileRoute } from '@tanstack/react-router';
import { currentClientIp } from '~/lib/server/client-ip';
import { toSafeError } from '~/lib/server/errors';
import { getRequestValues } from '~/lib/server/request-context';

/**
 * Organizations are managed through the app's server functions, which take the organization from the
 * session and apply the owner rules; better-auth's own organization endpoints (which take an
 * organization id from the body) are not served, so they cannot be used to go around those rules.
 */
const UNSERVED_PREFIX = '/api/auth/organization/';

/** better-auth names its rate-limit delay X-Retry-After; clients and proxies understand Retry-After. */
function withStandardRetryAfter(response: Response): Response {
  const retryAfter = response.headers.get('x-retry-after');
  if (response.status !== 429 || !retryAfter || response.headers.has('retry-after')) return response;
  const copy = new Response(response.body, response);
  copy.headers.set('Retry-After', retryAfter);
  return copy;
}

/**
 * better-auth serves no path with a doubled slash (its router answers 404; an old version matched them to
 * the endpoint while rate limits and disabled paths looked at the unnormalized path). Refused here too,
 * so the prefix check above holds whatever the router does.
 */
function isUnserved(pathname: string): boolean {
  return pathname.includes('//') || pathname.startsWith(UNSERVED_PREFIX);
}

async function handle({ request }: { request: Request }) {
  if (isUnserved(new URL(request.url).pathname)) {
    return Response.json({ message: 'Not found.' }, { status: 404 });
  }
  const auth = await loadAuth();
  try {
    return withStandardRetryAfter(await auth.handler(withClientIp(request, currentClientIp())));
  } catch (error) {
    // Only unexpected errors get here (better-auth is set to throw them rather than print them): logged
    // redacted with the request id, answered with a message that names it.
    const safe = toSafeError(error, getRequestValues(request)?.requestId ?? 'unknown');
    return Response.json({ message: safe.message, code: safe.code }, { status: safe.status });
  }
}

export const Route = createFileRoute('/api/auth/$')({
  server: { handlers: { GET: handle, POST: handle } },
});
