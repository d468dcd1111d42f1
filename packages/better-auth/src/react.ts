// Browser-safe React hooks over the session the router loaded on the server.
import { useRouter, useRouterState } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { AuthState } from './auth-state';

export type { AuthState } from './auth-state';

export interface SessionState extends AuthState {
  /** True while the router re-reads the session: after `refetch()`, a navigation or `router.invalidate()`. */
  isPending: boolean;
  /** Reads the session from the server again (call it after anything that changed the session cookie). */
  refetch: () => Promise<void>;
}

const SIGNED_OUT: AuthState = {
  user: null,
  activeOrganizationId: null,
  organizationRole: null,
  impersonatedBy: null,
};

/**
 * Who is signed in, from the root route's context: the server reads it once per navigation (no request of
 * its own), so it is there on the first render and updates without a reload whenever the router reloads,
 * which sign-in, sign-out, switching account and impersonating all do.
 */
export function useSession(): SessionState {
  const router = useRouter();
  const auth = useRouterState({
    select: (state) => (state.matches[0]?.context as { auth?: AuthState } | undefined)?.auth ?? SIGNED_OUT,
  });
  const isPending = useRouterState({ select: (state) => state.status === 'pending' || state.isLoading });
  const refetch = useCallback(() => router.invalidate(), [router]);
  return { ...auth, isPending, refetch };
}
