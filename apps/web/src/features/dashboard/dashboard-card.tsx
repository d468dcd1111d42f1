// The frame every dashboard card shares, and its loading and error states. The frame reserves the same
// height with or without data, so the cards do not move when the summary arrives after hydration.
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from '@kit/ui/card';
import { cn } from '@kit/ui/cn';
import type { ReactNode } from 'react';
import { m } from '~/paraglide/messages';

export function DashboardCard({
  title,
  action,
  children,
  className,
  testId,
}: {
  title: string;
  /** The card's button or link; its height is reserved when there is none. */
  action?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <Card className={cn('flex flex-col', className)} data-testid={testId}>
      <CardHeader className="pb-3">
        <CardTitle className="text-base">{title}</CardTitle>
      </CardHeader>
      <CardContent className="min-h-68 flex-1">{children}</CardContent>
      <CardFooter className="min-h-15 flex-wrap gap-2">{action}</CardFooter>
    </Card>
  );
}

function Bar({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn('animate-pulse rounded-md bg-muted', className)} />;
}

/** A card's frame with grey bars where its number, rows and button will be. */
export function SkeletonCard({ title, rows = 3, testId }: { title: string; rows?: number; testId?: string }) {
  return (
    <DashboardCard title={title} action={<Bar className="h-9 w-36" />} testId={testId}>
      <Bar className="h-9 w-16" />
      <div className="mt-4 space-y-2">
        {Array.from({ length: rows }, (_, index) => (
          <Bar key={index} className="h-8 w-full" />
        ))}
      </div>
    </DashboardCard>
  );
}

/** Announces the loading once for all the skeleton cards inside. */
export function DashboardLoading({ children }: { children: ReactNode }) {
  return (
    <div aria-busy="true" className="contents">
      <p role="status" className="sr-only">
        {m.dashboard_loading()}
      </p>
      {children}
    </div>
  );
}

/** A count in large figures, under the card's title. */
export function BigNumber({ value, testId }: { value: string; testId?: string }) {
  return (
    <p className="text-3xl font-semibold tabular-nums leading-9" data-testid={testId}>
      {value}
    </p>
  );
}
