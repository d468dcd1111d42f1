import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from './client';
import { migrate } from './migrate';
import { member, organization, user } from './schema';
import { seed, seedAccounts, seedOrganization } from './seed';

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

  it('seeds an admin, a user and an organization holding both, idempotently', async () => {
    await seed(handle.db);
    await seed(handle.db);
    const users = await handle.db.select({ email: user.email, role: user.role }).from(user);
    expect(users).toEqual(
      expect.arrayContaining([
        { email: seedAccounts.admin.email, role: 'admin' },
        { email: seedAccounts.user.email, role: 'user' },
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
