import type { OrganizationIdentity } from '@kit/better-auth/context';
import { canAssignRole, canRemoveMember, isOwnerRole } from '@kit/better-auth/permissions';
import { type Database, getDatabase } from '@kit/database';
import { member, session, user } from '@kit/database/schema';
import { ForbiddenError, NotFoundError, ValidationError } from '@kit/errors';
import { and, asc, eq } from 'drizzle-orm';
import { activityActorOf, recordActivity } from '~/features/activity/record-activity';
import { syncSeats } from '~/features/billing/seats.service';
import { m } from '~/paraglide/messages';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface MemberRow {
  id: string;
  userId: string;
  role: string;
  joinedAt: Date;
  name: string;
  email: string;
  image: string | null;
}

export function listMembers(organizationId: string): Promise<MemberRow[]> {
  return getDatabase()
    .select({
      id: member.id,
      userId: member.userId,
      role: member.role,
      joinedAt: member.createdAt,
      name: user.name,
      email: user.email,
      image: user.image,
    })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(eq(member.organizationId, organizationId))
    .orderBy(asc(member.createdAt), asc(member.id));
}

/**
 * A member of THIS organization, locked for the transaction (another organization's member is not
 * found), with the address the activity log names it by (the row may be gone when someone reads the log).
 */
async function findMember(tx: Transaction, organizationId: string, memberId: string) {
  const [row] = await tx
    .select({ id: member.id, userId: member.userId, role: member.role, email: user.email })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(member.id, memberId), eq(member.organizationId, organizationId)))
    .for('update', { of: member });
  if (!row) throw new NotFoundError(m.err_member_not_found());
  return row;
}

/** Locks the owners' rows so that two concurrent demotions cannot leave the organization without one. */
async function lockOwnerCount(tx: Transaction, organizationId: string): Promise<number> {
  const owners = await tx
    .select({ id: member.id })
    .from(member)
    .where(and(eq(member.organizationId, organizationId), eq(member.role, 'owner')))
    .for('update');
  return owners.length;
}

/**
 * The actor's role as it is now, with their member row locked until the transaction ends: the role the
 * request was authorized with may have been taken away since (a concurrent demotion or removal).
 */
async function lockActorRole(tx: Transaction, actor: OrganizationIdentity): Promise<string> {
  const [own] = await tx
    .select({ role: member.role })
    .from(member)
    .where(and(eq(member.organizationId, actor.activeOrganizationId), eq(member.userId, actor.user.id)))
    .for('update');
  if (!own) throw new ForbiddenError(m.err_not_member_of_this());
  return own.role;
}

async function forgetActiveOrganization(tx: Transaction, userId: string, organizationId: string) {
  await tx
    .update(session)
    .set({ activeOrganizationId: null })
    .where(and(eq(session.userId, userId), eq(session.activeOrganizationId, organizationId)));
}

export async function changeMemberRole(actor: OrganizationIdentity, memberId: string, nextRole: string) {
  return getDatabase().transaction(async (tx) => {
    const ownerCount = await lockOwnerCount(tx, actor.activeOrganizationId);
    const actorRole = await lockActorRole(tx, actor);
    const target = await findMember(tx, actor.activeOrganizationId, memberId);
    if (!canAssignRole(actorRole, target.role, nextRole)) {
      throw new ForbiddenError(
        isOwnerRole(target.role) || isOwnerRole(nextRole)
          ? m.err_owner_role_only_owner()
          : m.err_role_cannot_change_roles(),
      );
    }
    if (isOwnerRole(target.role) && !isOwnerRole(nextRole) && ownerCount <= 1) {
      throw new ForbiddenError(m.err_last_owner());
    }
    await tx.update(member).set({ role: nextRole }).where(eq(member.id, target.id));
    await recordActivity(tx, activityActorOf(actor), {
      action: 'member.update-role',
      targetType: 'member',
      targetId: target.userId,
      metadata: { email: target.email, from: target.role, to: nextRole },
    });
    return { id: target.id, role: nextRole };
  });
}

export async function removeMember(actor: OrganizationIdentity, memberId: string) {
  const removed = await getDatabase().transaction(async (tx) => {
    const ownerCount = await lockOwnerCount(tx, actor.activeOrganizationId);
    const actorRole = await lockActorRole(tx, actor);
    const target = await findMember(tx, actor.activeOrganizationId, memberId);
    if (target.userId === actor.user.id) {
      throw new ValidationError({ memberId: [m.err_remove_yourself()] });
    }
    if (!canRemoveMember(actorRole, target.role)) {
      throw new ForbiddenError(
        isOwnerRole(target.role) ? m.err_remove_owner_only_owner() : m.err_role_cannot_remove(),
      );
    }
    if (isOwnerRole(target.role) && ownerCount <= 1) throw new ForbiddenError(m.err_last_owner());
    await tx.delete(member).where(eq(member.id, target.id));
    await forgetActiveOrganization(tx, target.userId, actor.activeOrganizationId);
    await recordActivity(tx, activityActorOf(actor), {
      action: 'member.remove',
      targetType: 'member',
      targetId: target.userId,
      metadata: { email: target.email, role: target.role },
    });
    return { id: target.id };
  });
  await syncSeats(actor.activeOrganizationId, `removed:${removed.id}`);
  return removed;
}

export async function leaveOrganization(actor: OrganizationIdentity) {
  const left = await getDatabase().transaction(async (tx) => {
    const ownerCount = await lockOwnerCount(tx, actor.activeOrganizationId);
    const [own] = await tx
      .select()
      .from(member)
      .where(and(eq(member.organizationId, actor.activeOrganizationId), eq(member.userId, actor.user.id)))
      .for('update');
    if (!own) throw new NotFoundError(m.err_not_member_of_this());
    if (isOwnerRole(own.role) && ownerCount <= 1) {
      throw new ForbiddenError(m.err_last_owner_leave());
    }
    await tx.delete(member).where(eq(member.id, own.id));
    await forgetActiveOrganization(tx, actor.user.id, actor.activeOrganizationId);
    await recordActivity(tx, activityActorOf(actor), {
      action: 'member.leave',
      targetType: 'member',
      targetId: actor.user.id,
      metadata: { role: own.role },
    });
    return { organizationId: actor.activeOrganizationId, memberId: own.id };
  });
  await syncSeats(left.organizationId, `left:${left.memberId}`);
  return { organizationId: left.organizationId };
}

/** The target becomes owner and the acting owner becomes admin, in one transaction. */
export async function transferOwnership(actor: OrganizationIdentity, memberId: string) {
  if (!isOwnerRole(actor.role)) throw new ForbiddenError(m.err_transfer_only_owner());
  return getDatabase().transaction(async (tx) => {
    await lockOwnerCount(tx, actor.activeOrganizationId);
    if (!isOwnerRole(await lockActorRole(tx, actor))) throw new ForbiddenError(m.err_transfer_only_owner());
    const target = await findMember(tx, actor.activeOrganizationId, memberId);
    if (target.userId === actor.user.id) {
      throw new ValidationError({ memberId: [m.err_transfer_choose_other()] });
    }
    await tx.update(member).set({ role: 'owner' }).where(eq(member.id, target.id));
    await tx
      .update(member)
      .set({ role: 'admin' })
      .where(and(eq(member.organizationId, actor.activeOrganizationId), eq(member.userId, actor.user.id)));
    await recordActivity(tx, activityActorOf(actor), {
      action: 'organization.transfer-ownership',
      targetType: 'member',
      targetId: target.userId,
      metadata: { email: target.email },
    });
    return { newOwnerMemberId: target.id };
  });
}
