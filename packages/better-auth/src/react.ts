// Browser-safe React hooks over the identity the router keeps (see identity-cache.ts).
import { useRouter, useRouterState } from '@tanstack/react-router';
import { useCallback } from 'react';
import { type ClientIdentity, SIGNED_OUT } from './identity';
import type { IdentityCache } from './identity-cache';

export type { ClientIdentity, IdentityUser, Membership } from './identity';

export interface SessionState extends ClientIdentity {
  /** True while the router re-reads the page (after `refetch()`, a navigation or `router.invalidate()`). */
  isPending: boolean;
  /** Reads the identity from the server again (after anything that changed the session elsewhere). */
  refetch: () => Promise<void>;
}

/**
 * Who is signed in, from the root route's context: read on the server with the page, then kept by the
 * router (no request per navigation) until it is marked stale. It is there on the first render and
 * changes without a reload on sign-in, sign-out, account switches and impersonation.
 */
export function useSession(): SessionState {
  const router = useRouter();
  const identity = useRouterState({
    select: (state) =>
      (state.matches[0]?.context as { identity?: ClientIdentity } | undefined)?.identity ?? SIGNED_OUT,
  });
  const isPending = useRouterState({ select: (state) => state.status === 'pending' || state.isLoading });
  const refetch = useCallback(() => {
    const cache = (router.options.context as { identityCache?: IdentityCache }).identityCache;
    if (cache) cache.stale = true;
    return router.invalidate();
  }, [router]);
  return { ...identity, isPending, refetch };
}
