import { createFileRoute } from '@tanstack/react-router';
import { checkReadiness } from '~/lib/server/readiness';

// Readiness, for a load balancer or orchestrator: 503 until the database answers with this build's
// migrations applied, and again from SIGTERM on. /api/health is liveness.
export const Route = createFileRoute('/api/ready')({
  server: {
    handlers: {
      GET: async () => {
        const { ready, ...details } = await checkReadiness();
        return Response.json(
          { status: ready ? 'ready' : 'not-ready', ...details },
          { status: ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
        );
      },
    },
  },
});
