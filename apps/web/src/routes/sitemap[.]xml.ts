import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/sitemap.xml')({
  server: {
    handlers: {
      GET: async () => {
        const [{ sitemapXml }, { getAuthEnv }] = await Promise.all([
          import('~/features/marketing/crawlers'),
          import('@kit/better-auth/setup'),
        ]);
        return new Response(sitemapXml(getAuthEnv().baseUrl), {
          headers: {
            'Content-Type': 'application/xml; charset=utf-8',
            'Cache-Control': 'public, max-age=3600',
          },
        });
      },
    },
  },
});
