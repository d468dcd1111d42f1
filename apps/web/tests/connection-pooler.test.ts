// Issue "Run it in production", item 5: behind PgBouncer in transaction mode (as Supabase's and Neon's
// poolers work) the kit runs with DATABASE_PREPARE=false, and DATABASE_POOL_SIZE bounds its connections.
import { closeDatabase, getDatabase } from '@kit/database';
import {
  createTestOrganization,
  createTestUser,
  type Pgbouncer,
  startPgbouncer,
} from '@kit/database/testing';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAppServerExpectingExit, startAppServer, TEST_SECRET } from './support/app-server';
import { signedInClient } from './support/http-client';

const adminUrl = process.env.TEST_POSTGRES_ADMIN_URL ?? '';
const directUrl = process.env.DATABASE_URL ?? '';

async function signedInPeople(count: number) {
  const db = getDatabase();
  const people = [];
  for (let i = 0; i < count; i++) {
    const person = await createTestUser(db);
    await createTestOrganization(db, { members: [{ userId: person.id, role: 'owner' }] });
    people.push(person);
  }
  // Only the server's own connections count from here on.
  await closeDatabase();
  return people;
}

/** Every client loads the dashboard and reads its session `rounds` times, all at once. */
async function loadConcurrently(
  baseUrl: string,
  people: Array<{ email: string; password: string }>,
  rounds = 5,
) {
  const clients = await Promise.all(people.map((person) => signedInClient(baseUrl, person)));
  const statuses = await Promise.all(
    clients.flatMap((client) =>
      Array.from({ length: rounds }, async () => {
        // A statement sent to the wrong server connection can leave a request hanging: cap the wait.
        const page = await client.request('/dashboard', { signal: AbortSignal.timeout(10_000) });
        await page.arrayBuffer();
        const session = await client.request('/api/auth/get-session', {
          signal: AbortSignal.timeout(10_000),
        });
        const body = (await session.json()) as { user?: { id?: string } } | null;
        return `${page.status}/${session.status}/${body?.user?.id ? 'user' : 'none'}`;
      }),
    ),
  );
  return statuses;
}

describe('behind PgBouncer in transaction mode', () => {
  let pooler: Pgbouncer;
  beforeAll(async () => {
    pooler = await startPgbouncer(adminUrl);
  });
  afterAll(() => pooler.stop());

  it('serves signed-in pages to eight clients at once with DATABASE_PREPARE=false', async () => {
    const people = await signedInPeople(8);
    const app = await startAppServer({
      DATABASE_URL: pooler.through(directUrl),
      DATABASE_PREPARE: 'false',
      DATABASE_POOL_SIZE: '4',
    });
    try {
      const statuses = await loadConcurrently(app.baseUrl, people);
      expect(statuses).toEqual(Array(statuses.length).fill('200/200/user'));
      expect(app.output()).not.toMatch(/prepared statement/i);
    } finally {
      await app.stop();
    }
  });
});

describe('DATABASE_POOL_SIZE', () => {
  it('bounds the connections one server opens', async () => {
    const people = await signedInPeople(4);
    const app = await startAppServer({ DATABASE_POOL_SIZE: '2' });
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    try {
      await loadConcurrently(app.baseUrl, people, 3);
      const database = new URL(directUrl).pathname.slice(1);
      const [row] = await admin<{ count: number }[]>`
        select count(*)::int as count from pg_stat_activity where datname = ${database}`;
      expect(row?.count).toBeGreaterThan(0);
      expect(row?.count).toBeLessThanOrEqual(2);
    } finally {
      await admin.end();
      await app.stop();
    }
  });
});

describe('database settings at start', () => {
  it('refuses to start, naming the variable, when DATABASE_POOL_SIZE or DATABASE_PREPARE is not valid', async () => {
    const base = {
      DATABASE_URL: directUrl,
      BETTER_AUTH_SECRET: TEST_SECRET,
      BETTER_AUTH_URL: 'http://localhost:3000',
    };
    const pool = await runAppServerExpectingExit({ ...base, DATABASE_POOL_SIZE: 'lots' });
    expect(pool.code).not.toBe(0);
    expect(pool.output).toContain('DATABASE_POOL_SIZE must be a whole number from 1 to 1000');
    const prepare = await runAppServerExpectingExit({ ...base, DATABASE_PREPARE: 'no' });
    expect(prepare.code).not.toBe(0);
    expect(prepare.output).toContain('DATABASE_PREPARE must be true or false');
  });
});
