import { useRouter } from '@tanstack/react-router';

/**
 * After a call that put another session cookie in place (impersonating, stopping it, signing out): drop
 * every cached query of the previous identity, re-read the session, and go to `to`. No page reload:
 * `useSession()` and every guard see the new identity at once.
 */
export function useSessionChanged() {
  const router = useRouter();
  return async (to: string) => {
    router.options.context.queries.client?.clear();
    await router.invalidate();
    await router.navigate({ href: to });
  };
}
