/// <reference types="vite/client" />
import { createRootRouteWithContext, HeadContent, Outlet, Scripts } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { QueryClientSlot } from '~/lib/query/query-client-slot';
import appCss from '~/styles.css?url';

export const Route = createRootRouteWithContext<{ queries: QueryClientSlot }>()({
  // Who is signed in, once per navigation. Imported on use: a page's first load needs no
  // server-function client, so it stays out of the entry bundle.
  beforeLoad: async () => {
    const { fetchAuthState } = await import('~/lib/auth/session.functions');
    return { auth: await fetchAuthState() };
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
      <Outlet />
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
