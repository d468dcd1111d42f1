import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/robots.txt')({
  server: {
    handlers: {
      GET: async () => {
        const [{ robotsTxt }, { getAuthEnv }] = await Promise.all([
          import('~/features/marketing/crawlers'),
          import('@kit/better-auth/setup'),
        ]);
        return new Response(robotsTxt(getAuthEnv().baseUrl), {
          headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
        });
      },
    },
  },
});
