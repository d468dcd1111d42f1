import { Toaster } from '@kit/ui/toast';
import { QueryClientProvider } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ImpersonationBanner } from '~/features/admin/impersonation-banner';
import { queryClientOf } from '~/lib/query/query-client';
import { AppHeader } from './app-header';

/** Every signed-in page (the app and the admin panel) renders inside this, with React Query. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { queries } = useRouteContext({ from: '__root__' });
  return (
    <QueryClientProvider client={queryClientOf(queries)}>
      <ImpersonationBanner />
      <AppHeader />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
      <Toaster />
    </QueryClientProvider>
  );
}
