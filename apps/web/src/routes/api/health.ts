import { createFileRoute } from '@tanstack/react-router';

const HEALTH_TIMEOUT_MS = 2_000;

async function databaseIsUp(): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS));
  // The database client loads with the first probe, not with every page's route tree.
  const probe = Promise.all([import('@kit/database'), import('drizzle-orm')])
    .then(([{ getDatabase }, { sql }]) => getDatabase().execute(sql`select 1`))
    .then(() => true)
    .catch(() => false);
  return Promise.race([probe, timeout]);
}

export const Route = createFileRoute('/api/health')({
  server: {
    handlers: {
      GET: async () => {
        const up = await databaseIsUp();
        return Response.json(
          { status: up ? 'ok' : 'error', db: up ? 'up' : 'down' },
          { status: up ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
        );
      },
    },
  },
});
