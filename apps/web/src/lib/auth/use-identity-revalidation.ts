import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { fetchIdentity } from './identity.functions';
import { applyIdentity } from './identity-changes';

/** A window back in focus re-reads the identity when it is older than this. */
const REVALIDATE_ON_FOCUS_AFTER_MS = 30_000;
/** A visible window re-reads it at least this often (a role changed by someone else shows up). */
const REVALIDATE_EVERY_MS = 5 * 60_000;

/** Signed-in layouts: re-read the identity when the window comes back and every few minutes. */
export function useIdentityRevalidation() {
  const router = useRouter();
  useEffect(() => {
    let reading = false;
    const revalidate = async (olderThanMs: number) => {
      const { identityCache } = router.options.context;
      if (reading || document.visibilityState !== 'visible') return;
      if (Date.now() - identityCache.readAt < olderThanMs) return;
      reading = true;
      try {
        await applyIdentity(router, await fetchIdentity());
      } catch {
        // Offline or the server is restarting: keep what we have; the next focus tries again.
      } finally {
        reading = false;
      }
    };
    const onFocus = () => void revalidate(REVALIDATE_ON_FOCUS_AFTER_MS);
    const timer = setInterval(() => void revalidate(REVALIDATE_EVERY_MS), REVALIDATE_EVERY_MS);
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onFocus);
    };
  }, [router]);
}
