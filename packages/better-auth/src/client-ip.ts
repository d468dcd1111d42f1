/** The request header that carries the caller's IP address to better-auth (rate limits, sessions). */
export const CLIENT_IP_HEADER = 'x-kit-client-ip';

export interface ProxyTrust {
  /** True when the app is reached only through proxies that append to X-Forwarded-For. */
  trustProxy: boolean;
  /** How many proxies in front of the app append to X-Forwarded-For (1: one load balancer). */
  trustedProxyHops: number;
}

/**
 * The caller's IP address. Without trusted proxies it is the socket's. Behind them it is the entry the
 * outermost trusted proxy appended: proxies append, so everything left of the last `trustedProxyHops`
 * entries was written by the client and proves nothing. A header shorter than that falls back to the socket.
 */
export function resolveClientIp(
  forwardedFor: string | null,
  socketIp: string | undefined,
  trust: ProxyTrust,
): string | undefined {
  if (!trust.trustProxy) return socketIp;
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.at(-trust.trustedProxyHops) ?? socketIp;
}

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
