import { SESSION_ENDED_EVENT } from '@kit/action-middleware';
import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { fetchIdentity } from './identity.functions';
import { applyIdentity } from './identity-changes';

/** A window back in focus re-reads the identity when it is older than this. */
const REVALIDATE_ON_FOCUS_AFTER_MS = 30_000;
/** A visible window re-reads it at least this often (a role changed by someone else shows up). */
const REVALIDATE_EVERY_MS = 5 * 60_000;

/**
 * Signed-in layouts: re-read the identity when the window comes back, every few minutes, and at once when
 * a server function answers 401 (the session was revoked, banned or expired elsewhere: the guards then
 * send the page to sign-in).
 */
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
    const onSessionEnded = () => void revalidate(0);
    const timer = setInterval(() => void revalidate(REVALIDATE_EVERY_MS), REVALIDATE_EVERY_MS);
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    window.addEventListener(SESSION_ENDED_EVENT, onSessionEnded);
    return () => {
      window.removeEventListener(SESSION_ENDED_EVENT, onSessionEnded);
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onFocus);
    };
  }, [router]);
}
