import { useRouter } from '@tanstack/react-router';

/**
 * After a call that put another session cookie in place (impersonating, stopping it, signing out): drop
 * every cached query of the previous identity, go to `to`, and reload every route there with the new
 * session. No page reload: `useSession()` and every guard see the new identity at once.
 */
export function useSessionChanged() {
  const router = useRouter();
  return async (to: string) => {
    router.options.context.queries.client?.clear();
    // Going there first: re-running the current page's guards with the new identity would bounce through
    // the sign-in page (signed out) or a 404 (an admin page, now as a user) on the way.
    await router.navigate({ href: to });
    await router.invalidate();
  };
}
