// How the browser's identity (kept by the router: @kit/better-auth/identity-cache) follows changes:
// a call that changed it marks it stale or hands over the new one (and use-identity-revalidation.ts
// re-reads it when the window comes back). Navigations between pages read none.
import type { ClientIdentity } from '@kit/better-auth/identity';
import { storeIdentity } from '@kit/better-auth/identity-cache';
import { hashKey, partialMatchKey, type QueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useCallback } from 'react';
import {
  ORGANIZATION_SCOPE,
  type OrganizationScope,
  organizationScope,
} from '~/lib/query/organization-scope';

export type AppRouter = ReturnType<typeof useRouter>;

/**
 * Puts `next` in place of the identity the router holds and, when anything changed, runs the current
 * page's guards and loaders again. Queries about the account are keyed by its scope (user, organization,
 * role: lib/query/organization-scope.ts): after a switch the page reads the new account's entries, while
 * the one still on screen keeps its own and asks nothing under the new session. Within the same account
 * (a new plan, a new name) what the page shows is read again.
 */
export async function applyIdentity(router: AppRouter, next: ClientIdentity): Promise<void> {
  const { identityCache, queries } = router.options.context;
  const previous = identityCache.current;
  storeIdentity(identityCache, next);
  if (previous && JSON.stringify(previous) === JSON.stringify(next)) return;
  const scope = organizationScope(next);
  const sameAccount = previous !== undefined && hashKey(organizationScope(previous)) === hashKey(scope);
  await router.invalidate();
  forgetOtherAccounts(queries.client, scope);
  if (sameAccount) await queries.client?.invalidateQueries({ queryKey: scope });
}

/**
 * Entries of other accounts than `current` that no page shows any more. The current account's stay even
 * when nothing observes them yet: a page prefetches before the component that shows the entry mounts.
 */
function forgetOtherAccounts(client: QueryClient | undefined, current: OrganizationScope | undefined) {
  client?.removeQueries({
    queryKey: ORGANIZATION_SCOPE,
    type: 'inactive',
    predicate: (query) => current === undefined || !partialMatchKey(query.queryKey, current),
  });
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
 * or changed the user's organizations (creating, joining, leaving, deleting one): goes to `to` with the
 * identity read anew, then drops the queries no page shows any more. No page reload: `useSession()` and
 * every guard see the new identity at once; the new page's queries carry the new scope, so none of the
 * previous identity's entries reach it.
 */
export function useIdentityChanged() {
  const router = useRouter();
  return async (to: string) => {
    router.options.context.identityCache.stale = true;
    // Going there first: re-running the current page's guards with the new identity would bounce through
    // the sign-in page (signed out) or a 404 (an admin page, now as a user) on the way.
    await router.navigate({ href: to });
    const { queries, identityCache } = router.options.context;
    forgetOtherAccounts(queries.client, identityCache.current && organizationScope(identityCache.current));
  };
}
