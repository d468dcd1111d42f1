import { CLIENT_IP_HEADER, getAuthEnv } from '@kit/better-auth/server';
import { getRequest, getRequestIP } from '@tanstack/react-start/server';

/** The current request's headers for a `getAuth().api.*` call, with the caller's IP set by the server. */
export function authApiHeaders(): Headers {
  const headers = new Headers(getRequest().headers);
  headers.set(CLIENT_IP_HEADER, getRequestIP({ xForwardedFor: getAuthEnv().trustProxy }) ?? 'unknown');
  return headers;
}
