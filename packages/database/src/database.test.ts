import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from './client';
import { migrate, migrateWith } from './migrate';
import { member, organization, user } from './schema';
import { seed, seedOrganization, seedUsers } from './seed';

// The same behaviour on both drivers: PostgreSQL (this file's database) and embedded PGlite.
const drivers = [
  ['postgres', () => createDatabase({ url: process.env.DATABASE_URL, maxConnections: 2 })],
  ['pglite', () => createDatabase({ dataDir: 'memory://' })],
] as const;

describe.each(drivers)('database on %s', (_driver, open) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = open();
    await migrate(handle);
  });
  afterAll(() => handle.close());

  it('applies migrations idempotently', async () => {
    await expect(migrate(handle)).resolves.toBeUndefined();
  });

  it("applies an app's own migration folder after the kit's, recorded in its own history table", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kit-app-migrations-'));
    mkdirSync(path.join(folder, 'meta'));
    const tag = '0000_widgets';
    writeFileSync(
      path.join(folder, `${tag}.sql`),
      'CREATE TABLE "widgets" ("id" text PRIMARY KEY, "organization_id" text NOT NULL REFERENCES "organization"("id") ON DELETE cascade);',
    );
    writeFileSync(
      path.join(folder, 'meta', '_journal.json'),
      JSON.stringify({
        version: '7',
        dialect: 'postgresql',
        entries: [{ idx: 0, version: '7', when: Date.now(), tag, breakpoints: true }],
      }),
    );
    const historyOf = async (table: string) => {
      const result = await handle.db.execute(
        sql`select count(*)::int as n from ${sql.identifier('drizzle')}.${sql.identifier(table)}`,
      );
      const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{
        n: number;
      }>;
      return rows[0]?.n;
    };
    const kitBefore = await historyOf('__drizzle_migrations');
    const set = { migrationsFolder: folder, migrationsTable: '__widget_migrations' };
    await migrateWith(handle, [set]);
    await migrateWith(handle, [set]);
    expect(await historyOf('__widget_migrations')).toBe(1);
    expect(await historyOf('__drizzle_migrations')).toBe(kitBefore);
    await handle.db.execute(sql`select id from widgets`);
  });

  it('seeds an admin, a user and an organization holding both, idempotently', async () => {
    await seed(handle.db);
    await seed(handle.db);
    const users = await handle.db.select({ email: user.email, role: user.role }).from(user);
    expect(users).toEqual(
      expect.arrayContaining([
        { email: seedUsers.admin.email, role: 'admin' },
        { email: seedUsers.user.email, role: 'user' },
      ]),
    );
    expect(users).toHaveLength(2);
    const [org] = await handle.db
      .select({ id: organization.id })
      .from(organization)
      .where(eq(organization.slug, seedOrganization.slug));
    expect(org).toBeDefined();
    const [members] = await handle.db
      .select({ total: count() })
      .from(member)
      .where(eq(member.organizationId, org?.id ?? ''));
    expect(members?.total).toBe(2);
  });

  it('enforces one membership per user and organization', async () => {
    const [existing] = await handle.db.select().from(member).limit(1);
    if (!existing) throw new Error('seed created no membership');
    await expect(handle.db.insert(member).values({ ...existing, id: crypto.randomUUID() })).rejects.toThrow();
  });
});
