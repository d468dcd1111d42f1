import { QueryClientProvider } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { queryClientOf } from '~/lib/query/query-client';

/** React Query for the signed-in layouts: the router's client, created on first use (lib/query). */
export function QueryProvider({ children }: { children: ReactNode }) {
  const { queries } = useRouteContext({ from: '__root__' });
  return <QueryClientProvider client={queryClientOf(queries)}>{children}</QueryClientProvider>;
}
