// Benchmark of the admin user list: seeds 1,000 then 100,000 users into a throw-away PostgreSQL and
// prints the median time of page 1, page 2000 and a search, through the same query the server uses.
//   pnpm bench:admin-users            (BENCH_RUNS=25 to change the number of timed runs)
import { performance } from 'node:perf_hooks';
import { closeDatabase, type Database, getDatabase } from '@kit/database';
import { createTestDatabase, prepareTemplateDatabase, startPostgresServer } from '@kit/database/testing';
import { sql } from 'drizzle-orm';
import type { ListUsersInput } from '../src/features/admin/admin.schemas';
import { listUsers } from '../src/features/admin/users.service';
import { appMigrations } from './lib/app-migrations';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const scenarios: Array<{ name: string; input: ListUsersInput }> = [
  { name: 'page 1', input: { sort: 'created', order: 'desc', page: 1 } },
  { name: 'page 2000', input: { sort: 'created', order: 'desc', page: 2000 } },
  { name: 'search "user-77"', input: { search: 'user-77', sort: 'created', order: 'desc', page: 1 } },
];

/** Adds users up to `total`, in one statement, spread over the last year. */
async function seedUsersUpTo(db: Database, total: number) {
  await db.execute(sql`
    insert into "user" (id, name, email, email_verified, role, created_at, updated_at)
    select gen_random_uuid()::text, 'Bench User ' || n, 'user-' || n || '@bench.example',
           true, 'user', now() - (n % 365) * interval '1 day' - (n % 86400) * interval '1 second', now()
    from generate_series((select count(*) from "user") + 1, ${total}) as n`);
  await db.execute(sql`vacuum analyze "user"`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function measure(input: ListUsersInput): Promise<number> {
  await listUsers(input); // warm-up
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await listUsers(input);
    times.push(performance.now() - started);
  }
  return median(times);
}

const server = await startPostgresServer();
try {
  await prepareTemplateDatabase(server.url, [appMigrations]);
  // The service reads the process-wide database, which getDatabase() opens from these on first use.
  process.env.DATABASE_URL = await createTestDatabase(server.url);
  process.env.DATABASE_POOL_SIZE = '4';
  const results: Record<string, Record<string, number>> = {};
  for (const size of [1_000, 100_000]) {
    const seeding = performance.now();
    await seedUsersUpTo(getDatabase(), size);
    console.log(
      `seeded ${size.toLocaleString('en')} users in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );
    for (const scenario of scenarios) {
      results[scenario.name] ??= {};
      (results[scenario.name] as Record<string, number>)[size.toLocaleString('en')] = await measure(
        scenario.input,
      );
    }
  }
  console.log(`\nmedian of ${RUNS} runs, ms (list query + total count, PostgreSQL on loopback)`);
  console.log(['scenario'.padEnd(20), '1,000 users'.padStart(12), '100,000 users'.padStart(14)].join(''));
  for (const [name, bySize] of Object.entries(results)) {
    console.log(
      [
        name.padEnd(20),
        (bySize['1,000'] ?? 0).toFixed(2).padStart(12),
        (bySize['100,000'] ?? 0).toFixed(2).padStart(14),
      ].join(''),
    );
  }
  await closeDatabase();
} finally {
  await server.stop();
}
