import { and, count, eq, notInArray } from 'drizzle-orm';
import type { Database } from './client';
import { member, organization, user } from './schema';
import { insertPasswordUser, type NewPasswordUser } from './users';

export const seedUsers = {
  admin: { email: 'admin@example.com', password: 'admin-password-123', name: 'Ada Admin' },
  user: { email: 'user@example.com', password: 'user-password-123', name: 'Uma User' },
} as const;

export const seedOrganization = { name: 'Acme Inc', slug: 'acme' } as const;

async function ensureUser(db: Database, input: NewPasswordUser): Promise<string> {
  const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, input.email));
  return existing ? existing.id : insertPasswordUser(db, input);
}

async function ensureMember(db: Database, organizationId: string, userId: string, role: string) {
  const [existing] = await db
    .select({ id: member.id })
    .from(member)
    .where(and(eq(member.organizationId, organizationId), eq(member.userId, userId)));
  if (!existing) {
    await db.insert(member).values({ id: crypto.randomUUID(), organizationId, userId, role });
  }
}

/** Users other than the seed's own: a database that has them is not a development database. */
export async function countNonSeedUsers(db: Database): Promise<number> {
  const seedEmails = Object.values(seedUsers).map((seedUser) => seedUser.email);
  const [row] = await db.select({ total: count() }).from(user).where(notInArray(user.email, seedEmails));
  return row?.total ?? 0;
}

/** Idempotent development data: an admin, a user, and one organization holding both. */
export async function seed(db: Database): Promise<void> {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('The development seed never runs in production.');
  }
  const adminId = await ensureUser(db, { ...seedUsers.admin, role: 'admin' });
  const userId = await ensureUser(db, { ...seedUsers.user, role: 'user' });
  const [existing] = await db
    .select({ id: organization.id })
    .from(organization)
    .where(eq(organization.slug, seedOrganization.slug));
  const organizationId = existing?.id ?? crypto.randomUUID();
  if (!existing) await db.insert(organization).values({ id: organizationId, ...seedOrganization });
  await ensureMember(db, organizationId, adminId, 'owner');
  await ensureMember(db, organizationId, userId, 'member');
}
