/// <reference types="vite/client" />
import { Toaster } from '@kit/ui/toast';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, HeadContent, Outlet, Scripts } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { SiteHeader } from '~/components/site-header';
import { ImpersonationBanner } from '~/features/admin/impersonation-banner';
import { accountContextQuery } from '~/features/organization/account.queries';
import { forgetStaleAccountData } from '~/features/organization/forget-stale-account-data';
import { fetchAuthState } from '~/lib/auth/session.functions';
import appCss from '~/styles.css?url';

export const Route = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  beforeLoad: async ({ context }) => {
    const auth = await fetchAuthState();
    forgetStaleAccountData(context.queryClient, auth);
    return { auth };
  },
  // The header's account switcher renders on the server with the user's organizations.
  loader: async ({ context }) => {
    if (context.auth.user) await context.queryClient.ensureQueryData(accountContextQuery());
  },
  head: () => ({
    meta: [
      { charSet: 'utf-8' },
      { name: 'viewport', content: 'width=device-width, initial-scale=1' },
      { title: 'Kit — the SaaS starter' },
      { name: 'description', content: 'Accounts, organizations and an admin panel, ready to fork.' },
    ],
    links: [
      { rel: 'stylesheet', href: appCss },
      { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' },
    ],
  }),
  component: RootComponent,
});

function RootComponent() {
  return (
    <RootDocument>
      <ImpersonationBanner />
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        <Outlet />
      </main>
      <Toaster />
    </RootDocument>
  );
}

function RootDocument({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <HeadContent />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-background focus:p-2"
        >
          Skip to content
        </a>
        {children}
        <Scripts />
      </body>
    </html>
  );
}
