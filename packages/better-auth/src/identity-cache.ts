// Browser-safe: the identity a router keeps between navigations. The root route reads it through
// `readIdentity`, so a client-side navigation costs no request; whoever changes or doubts the identity
// marks it stale (`useSession().refetch()`, an identity change, a window coming back into focus).
import type { ClientIdentity } from './identity';

export interface IdentityCache {
  current?: ClientIdentity;
  /** When `current` was read from the server (ms since the epoch). */
  readAt: number;
  /** The next navigation reads the identity from the server again. */
  stale: boolean;
}

/** One per router: per request on the server, one for the page's lifetime in the browser. */
export function createIdentityCache(): IdentityCache {
  return { readAt: 0, stale: true };
}

export function storeIdentity(cache: IdentityCache, identity: ClientIdentity): void {
  cache.current = identity;
  cache.readAt = Date.now();
  cache.stale = false;
}

/** The cached identity, or (none yet, or stale) a fresh one from `read`. */
export async function readIdentity(
  cache: IdentityCache,
  read: () => Promise<ClientIdentity>,
): Promise<ClientIdentity> {
  if (cache.current && !cache.stale) return cache.current;
  const identity = await read();
  storeIdentity(cache, identity);
  return identity;
}
