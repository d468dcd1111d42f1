import { Spinner } from '@kit/ui/spinner';
import { m } from '~/paraglide/messages';
/** Shown while a navigation waits for its data (after a short delay, so fast pages do not flash it). */
export function RoutePending() {
  return (
    <div role="status" aria-live="polite" className="flex justify-center py-16 text-sm text-muted-foreground">
      <Spinner className="mr-2 size-5" />
      {m.loading()}
    </div>
  );
}
