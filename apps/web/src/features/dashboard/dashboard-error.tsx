import { Button } from '@kit/ui/button';
import { Card, CardContent } from '@kit/ui/card';
import { m } from '~/paraglide/messages';

/** The summary did not come: what happened, and a button to ask again. */
export function DashboardError({ onRetry, className }: { onRetry: () => void; className?: string }) {
  return (
    <Card className={className} data-testid="dashboard-error">
      <CardContent className="flex flex-col items-start gap-3 pt-6">
        <p role="alert" className="text-sm">
          {m.dashboard_error()}
        </p>
        <Button variant="outline" onClick={onRetry}>
          {m.dashboard_retry()}
        </Button>
      </CardContent>
    </Card>
  );
}
