import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/sitemap.xml')({
  server: {
    handlers: {
      GET: async () => {
        const [{ sitemapXml }, { siteOrigin }] = await Promise.all([
          import('~/features/marketing/crawlers'),
          import('~/lib/server/site-origin'),
        ]);
        return new Response(sitemapXml(siteOrigin()), {
          headers: {
            'Content-Type': 'application/xml; charset=utf-8',
            'Cache-Control': 'public, max-age=3600',
          },
        });
      },
    },
  },
});
