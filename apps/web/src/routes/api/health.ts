import { getDatabase } from '@kit/database';
import { createFileRoute } from '@tanstack/react-router';
import { sql } from 'drizzle-orm';

const HEALTH_TIMEOUT_MS = 2_000;

async function databaseIsUp(): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS));
  const probe = getDatabase()
    .execute(sql`select 1`)
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
