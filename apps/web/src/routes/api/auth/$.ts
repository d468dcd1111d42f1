import { getAuth, getAuthEnv, provideAccountEmails, withClientIp } from '@kit/better-auth/server';
import { createFileRoute } from '@tanstack/react-router';
import { getRequestIP } from '@tanstack/react-start/server';
import { accountEmails } from '~/features/emails/account-emails';

// better-auth sends its account emails from these endpoints; the app writes them, translated.
provideAccountEmails(accountEmails);

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

async function handle({ request }: { request: Request }) {
  if (new URL(request.url).pathname.startsWith(UNSERVED_PREFIX)) {
    return Response.json({ message: 'Not found.' }, { status: 404 });
  }
  const ip = getRequestIP({ xForwardedFor: getAuthEnv().trustProxy });
  return withStandardRetryAfter(await getAuth().handler(withClientIp(request, ip)));
}

export const Route = createFileRoute('/api/auth/$')({
  server: { handlers: { GET: handle, POST: handle } },
});
