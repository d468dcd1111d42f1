// Issue "Run it in production", item 3: /api/health is liveness; /api/ready tells a load balancer
// whether this instance can take traffic: the database answers and has every migration the build ships.
import { createDatabase } from '@kit/database';
import { migrate } from '@kit/database/migrate';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { startAppServer } from './support/app-server';

const adminUrl = process.env.TEST_POSTGRES_ADMIN_URL ?? '';
const created: string[] = [];

/** An empty database on the test server (no migrations at all); returns its URL. */
async function emptyDatabase(): Promise<string> {
  const name = `kit_ready_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`CREATE DATABASE ${sql(name)}`;
  } finally {
    await sql.end();
  }
  created.push(name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function readinessOf(databaseUrl: string) {
  const app = await startAppServer({ DATABASE_URL: databaseUrl });
  try {
    const ready = await fetch(`${app.baseUrl}/api/ready`);
    const health = await fetch(`${app.baseUrl}/api/health`);
    return { status: ready.status, body: await ready.json(), health: health.status };
  } finally {
    await app.stop();
  }
}

describe('readiness (/api/ready)', () => {
  afterAll(async () => {
    const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
    try {
      for (const name of created) await sql`DROP DATABASE IF EXISTS ${sql(name)} WITH (FORCE)`;
    } finally {
      await sql.end();
    }
  });

  it('answers 200 with the database up and every migration applied', async () => {
    const result = await readinessOf(process.env.DATABASE_URL ?? '');
    expect(result).toEqual({
      status: 200,
      body: { status: 'ready', db: 'up', migrations: 'applied', shuttingDown: false },
      health: 200,
    });
  });

  it('answers 503 on a database that was never migrated, while liveness stays 200', async () => {
    const result = await readinessOf(await emptyDatabase());
    expect(result).toEqual({
      status: 503,
      body: { status: 'not-ready', db: 'up', migrations: 'pending', shuttingDown: false },
      health: 200,
    });
  });

  it("answers 503 when the kit's migrations are in but the app's are not", async () => {
    const url = await emptyDatabase();
    const handle = createDatabase({ url, maxConnections: 1 });
    try {
      await migrate(handle);
    } finally {
      await handle.close();
    }
    const result = await readinessOf(url);
    expect(result.status).toBe(503);
    expect(result.body).toMatchObject({ status: 'not-ready', db: 'up', migrations: 'pending' });
  });

  it('answers 503 when the database is unreachable', async () => {
    const result = await readinessOf('postgres://nobody@127.0.0.1:9/none');
    expect(result.status).toBe(503);
    expect(result.body).toEqual({
      status: 'not-ready',
      db: 'down',
      migrations: 'unknown',
      shuttingDown: false,
    });
  });
});
