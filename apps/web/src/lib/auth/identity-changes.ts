// How the browser's identity (kept by the router: @kit/better-auth/identity-cache) follows changes:
// a call that changed it marks it stale or hands over the new one (and use-identity-revalidation.ts
// re-reads it when the window comes back). Navigations between pages read none.
import type { ClientIdentity } from '@kit/better-auth/identity';
import { storeIdentity } from '@kit/better-auth/identity-cache';
import { useRouter } from '@tanstack/react-router';
import { useCallback } from 'react';
import { ORGANIZATION_SCOPE } from '~/lib/query/organization-scope';

export type AppRouter = ReturnType<typeof useRouter>;

/**
 * Puts `next` in place of the identity the router holds. When anything changed, the queries the previous
 * identity may not share are dropped (all of them for another user, the organization's for another
 * organization or role) and the current page's guards and loaders run again.
 */
export async function applyIdentity(router: AppRouter, next: ClientIdentity): Promise<void> {
  const { identityCache, queries } = router.options.context;
  const previous = identityCache.current;
  storeIdentity(identityCache, next);
  if (previous && JSON.stringify(previous) === JSON.stringify(next)) return;
  if (previous?.user?.id !== next.user?.id) queries.client?.clear();
  else queries.client?.removeQueries({ queryKey: ORGANIZATION_SCOPE });
  await router.invalidate();
}

/** After a call that changed who is signed in or what they see (profile, two-factor, a new organization). */
export function useRefreshIdentity() {
  const router = useRouter();
  return useCallback(async () => {
    router.options.context.identityCache.stale = true;
    await router.invalidate();
  }, [router]);
}

/**
 * After a call that put another session cookie in place (signing in or out, impersonating, stopping it)
 * or changed the user's organizations (creating, joining, leaving, deleting one): drop every cached query
 * and go to `to` with the identity read anew. No page reload: `useSession()` and every guard see the new
 * identity at once.
 */
export function useIdentityChanged() {
  const router = useRouter();
  return async (to: string) => {
    router.options.context.identityCache.stale = true;
    router.options.context.queries.client?.clear();
    // Going there first: re-running the current page's guards with the new identity would bounce through
    // the sign-in page (signed out) or a 404 (an admin page, now as a user) on the way.
    await router.navigate({ href: to });
  };
}
