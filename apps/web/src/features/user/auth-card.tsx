import { Card, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
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
        <CardTitle>{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      {children}
    </Card>
  );
}
