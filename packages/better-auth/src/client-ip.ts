/** The request header that carries the caller's IP address to better-auth (rate limits, sessions). */
export const CLIENT_IP_HEADER = 'x-kit-client-ip';

/** A copy of the request whose client-IP header holds `ip`, whatever the client sent in it. */
export function withClientIp(request: Request, ip: string | undefined): Request {
  const headers = new Headers(request.headers);
  headers.set(CLIENT_IP_HEADER, ip ?? 'unknown');
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  // Built from parts: the server's own Request class cannot be passed to the global constructor.
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method,
    headers,
    body: hasBody ? request.body : null,
    duplex: 'half',
    signal: request.signal,
  };
  return new Request(request.url, init);
}
