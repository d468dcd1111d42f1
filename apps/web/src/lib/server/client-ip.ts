import { resolveClientIp } from '@kit/better-auth/client-ip';
import { getAuthEnv } from '@kit/better-auth/setup';
import { getRequest, getRequestIP } from '@tanstack/react-start/server';

/**
 * The current request's client IP, the one rule for the auth route, the server functions and the audit
 * log: the socket address, or behind TRUST_PROXY the X-Forwarded-For entry the trusted proxy appended.
 */
export function currentClientIp(): string | undefined {
  return resolveClientIp(getRequest().headers.get('x-forwarded-for'), getRequestIP(), getAuthEnv());
}
