// Deleting a user without ever leaving an organization with no owner. The owners' rows of every
// organization the user owns are locked (the lock that leaving and demoting take too), sole ownership is
// decided on the locked rows, and the organizations and the user go in that same transaction.
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from './client';
import { member, organization, user } from './schema';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface OwnedOrganization {
  id: string;
  name: string;
}

/** The user is the only owner of these organizations, and deleting them was not asked for. */
export class SoleOwnerConflict extends Error {
  override name = 'SoleOwnerConflict';
  constructor(readonly organizations: OwnedOrganization[]) {
    super(`sole owner of ${organizations.map((org) => org.name).join(', ')}`);
  }
}

export interface UserDeletion {
  /** False when there was no such user. */
  deleted: boolean;
  /** The organizations the user alone owned, deleted with them. */
  deletedOrganizations: OwnedOrganization[];
}

/**
 * Deletes the user (sessions, linked accounts and memberships go with the row). Organizations they alone own
 * are deleted too when `deleteSoleOwnedOrganizations`; otherwise a SoleOwnerConflict changes nothing.
 */
export function deleteUserKeepingOrganizationsOwned(
  db: Database,
  userId: string,
  options: {
    deleteSoleOwnedOrganizations: boolean;
    /**
     * Runs in the transaction just before the sole-owned organizations are deleted (the app ends their
     * billing there); throwing refuses the whole deletion.
     */
    beforeDeletingOrganizations?: (tx: Transaction, organizations: OwnedOrganization[]) => Promise<void>;
  },
): Promise<UserDeletion> {
  return db.transaction(async (tx) => {
    const ownedByUser = tx
      .select({ organizationId: member.organizationId })
      .from(member)
      .where(and(eq(member.userId, userId), eq(member.role, 'owner')));
    const owners = await tx
      .select({ organizationId: member.organizationId, userId: member.userId })
      .from(member)
      .where(and(inArray(member.organizationId, ownedByUser), eq(member.role, 'owner')))
      .for('update');
    const ownersByOrganization = new Map<string, string[]>();
    for (const row of owners) {
      ownersByOrganization.set(row.organizationId, [
        ...(ownersByOrganization.get(row.organizationId) ?? []),
        row.userId,
      ]);
    }
    const soleOwnedIds = [...ownersByOrganization]
      .filter(([, ownerIds]) => ownerIds.every((ownerId) => ownerId === userId))
      .map(([organizationId]) => organizationId);
    const soleOwned =
      soleOwnedIds.length === 0
        ? []
        : await tx
            .select({ id: organization.id, name: organization.name })
            .from(organization)
            .where(inArray(organization.id, soleOwnedIds));
    if (soleOwned.length > 0 && !options.deleteSoleOwnedOrganizations) throw new SoleOwnerConflict(soleOwned);
    if (soleOwned.length > 0) {
      await options.beforeDeletingOrganizations?.(tx, soleOwned);
      await tx.delete(organization).where(inArray(organization.id, soleOwnedIds));
    }
    const deleted = await tx.delete(user).where(eq(user.id, userId)).returning({ id: user.id });
    return { deleted: deleted.length > 0, deletedOrganizations: soleOwned };
  });
}
