import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/robots.txt')({
  server: {
    handlers: {
      GET: async () => {
        const [{ robotsTxt }, { siteOrigin }] = await Promise.all([
          import('~/features/marketing/crawlers'),
          import('~/lib/server/site-origin'),
        ]);
        return new Response(robotsTxt(siteOrigin()), {
          headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
        });
      },
    },
  },
});
