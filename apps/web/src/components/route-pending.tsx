import { m } from '~/paraglide/messages';
/** Shown while a navigation waits for its data (after a short delay, so fast pages do not flash it). */
export function RoutePending() {
  return (
    <div role="status" aria-live="polite" className="flex justify-center py-16 text-sm text-muted-foreground">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="mr-2 size-5 animate-spin" fill="none">
        <circle cx="12" cy="12" r="10" stroke="currentColor" strokeWidth="4" className="opacity-25" />
        <path d="M22 12a10 10 0 0 1-10 10" stroke="currentColor" strokeWidth="4" className="opacity-75" />
      </svg>
      {m.loading()}
    </div>
  );
}
