import { CardDescription, CardHeader } from '@kit/ui/card';
import type { ReactNode } from 'react';

/** A step's card header: the page's one h1 and what the step is for. */
export function StepHeading({ title, children }: { title: string; children: ReactNode }) {
  return (
    <CardHeader>
      <h1 className="text-xl font-semibold leading-none tracking-tight">{title}</h1>
      <CardDescription>{children}</CardDescription>
    </CardHeader>
  );
}
