/// <reference types="vite/client" />
import { type IdentityCache, readIdentity } from '@kit/better-auth/identity-cache';
import {
  createRootRouteWithContext,
  HeadContent,
  lazyRouteComponent,
  ScriptOnce,
  Scripts,
} from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { QueryClientSlot } from '~/lib/query/query-client-slot';
import { serverPrePaintScript } from '~/lib/theme/pre-paint-script';
import { m } from '~/paraglide/messages';
import { getLocale } from '~/paraglide/runtime';
import appCss from '~/styles.css?url';

export const Route = createRootRouteWithContext<{ queries: QueryClientSlot; identityCache: IdentityCache }>()(
  {
    // Who is signed in: read with every server render, then kept by the router until it is marked stale
    // (lib/auth/identity-changes.ts), so client navigations cost no request. Imported on use: a page's
    // first load needs no server-function client, so it stays out of the entry bundle.
    beforeLoad: async ({ context }) => ({
      identity: await readIdentity(context.identityCache, async () => {
        const { fetchIdentity } = await import('~/lib/auth/identity.functions');
        return fetchIdentity();
      }),
    }),
    head: ({ matches }) => ({
      meta: [
        { charSet: 'utf-8' },
        { name: 'viewport', content: 'width=device-width, initial-scale=1' },
        // The 404 page's tab says so (a page's own title still wins where its route matched).
        {
          title: matches.some((match) => match._notFound || match.status === 'notFound')
            ? m.page_title({ page: m.not_found_title() })
            : m.meta_title_default(),
        },
        { name: 'description', content: m.meta_description() },
      ],
      links: [
        { rel: 'stylesheet', href: appCss },
        { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' },
      ],
    }),
    // The document renders around every page, also around the error page when the root's own loading
    // failed (a component would be replaced by it, leaving no <html>).
    shellComponent: RootDocument,
    // An address no route matches: the 404 page framed as the public pages, loaded when it is shown.
    notFoundComponent: lazyRouteComponent(() => import('~/components/not-found'), 'SiteNotFound'),
  },
);

function RootDocument({ children }: { children: ReactNode }) {
  return (
    // The pre-paint script sets the theme class and the sidebar attribute on <html> before hydration.
    <html lang={getLocale()} suppressHydrationWarning>
      <head>
        <HeadContent />
        <ScriptOnce>{serverPrePaintScript()}</ScriptOnce>
      </head>
      <body>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-background focus:p-2"
        >
          {m.skip_to_content()}
        </a>
        {children}
        <Scripts />
      </body>
    </html>
  );
}
