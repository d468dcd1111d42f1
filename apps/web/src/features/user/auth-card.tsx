import { Card, CardDescription, CardHeader } from '@kit/ui/card';
import type { ReactNode } from 'react';

/** The frame of every sign-in, sign-up and email-flow page. */
export function AuthCard({
  title,
  description,
  children,
}: {
  title: string;
  description: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card className="mx-auto max-w-md">
      <CardHeader>
        {/* The card's title is the page's title. */}
        <h1 className="text-lg font-semibold leading-none tracking-tight">{title}</h1>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      {children}
    </Card>
  );
}
