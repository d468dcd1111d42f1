import { CLIENT_IP_HEADER } from '@kit/better-auth/server';
import { getRequest } from '@tanstack/react-start/server';
import { currentClientIp } from './client-ip';

/** The current request's headers for a `getAuth().api.*` call, with the caller's IP set by the server. */
export function authApiHeaders(): Headers {
  const headers = new Headers(getRequest().headers);
  headers.set(CLIENT_IP_HEADER, currentClientIp() ?? 'unknown');
  return headers;
}
