import { and, eq, ne, notExists } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from './client';
import { member, organization } from './schema';

/** Organizations in which the user is the only owner: they must be handed over or deleted first. */
export function listSoleOwnedOrganizations(db: Database, userId: string) {
  const otherOwner = alias(member, 'other_owner');
  return db
    .select({ id: organization.id, name: organization.name })
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
    .where(
      and(
        eq(member.userId, userId),
        eq(member.role, 'owner'),
        notExists(
          db
            .select({ id: otherOwner.id })
            .from(otherOwner)
            .where(
              and(
                eq(otherOwner.organizationId, member.organizationId),
                eq(otherOwner.role, 'owner'),
                ne(otherOwner.userId, userId),
              ),
            ),
        ),
      ),
    );
}
