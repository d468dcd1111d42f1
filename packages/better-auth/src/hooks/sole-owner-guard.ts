// No path that deletes a user leaves an organization with no owner. Deleting oneself and an
// admin's /admin/remove-user both end in deleteUserKeepingOrganizationsOwned, which decides sole
// ownership on locked rows and deletes in the same transaction; the early check below only answers the
// common case before better-auth asks for the password.
import { getDatabase } from '@kit/database';
import { listSoleOwnedOrganizations } from '@kit/database/organizations';
import {
  deleteUserKeepingOrganizationsOwned,
  type OwnedOrganization,
  SoleOwnerConflict,
} from '@kit/database/user-deletion';
import { SOLE_OWNER_CODE } from '@kit/errors';
import { APIError, getSessionFromCtx } from 'better-auth/api';
import { adminRoleCan } from '../permissions';
import { recordAdminMutation } from './admin-audit';
import { adminTargetOf } from './admin-target';
import type { HookContext } from './hook-context';

function soleOwnerError(organizations: OwnedOrganization[], isSelf: boolean): APIError {
  const who = isSelf ? 'You are' : 'This user is';
  return new APIError('CONFLICT', {
    code: SOLE_OWNER_CODE,
    message: `${who} the only owner of ${organizations.map((org) => org.name).join(', ')}. Transfer or delete those organizations first.`,
  });
}

/** Deletes the user unless they alone own an organization (then a 409, nothing changed). */
async function deleteKeepingOwners(userId: string, isSelf: boolean): Promise<boolean> {
  try {
    const { deleted } = await deleteUserKeepingOrganizationsOwned(getDatabase(), userId, {
      deleteSoleOwnedOrganizations: false,
    });
    return deleted;
  } catch (error) {
    if (error instanceof SoleOwnerConflict) throw soleOwnerError(error.organizations, isSelf);
    throw error;
  }
}

/** Before /delete-user: refuse at once, naming them, when the user alone owns organizations. */
export async function refuseRemovingSoleOwners(ctx: HookContext): Promise<void> {
  if (ctx.path !== '/delete-user') return;
  const current = await getSessionFromCtx(ctx);
  if (!current) return;
  const owned = await listSoleOwnedOrganizations(getDatabase(), current.user.id);
  if (owned.length > 0) throw soleOwnerError(owned, true);
}

/**
 * better-auth's `user.deleteUser.beforeDelete` (after the password check): the user is deleted here, in
 * one transaction with the ownership check; better-auth then finds nothing left to delete.
 */
export async function deleteUserKeepingOwners(user: { id: string }): Promise<void> {
  await deleteKeepingOwners(user.id, true);
}

/**
 * Before /admin/remove-user: when better-auth would allow the call (an admin with the delete permission,
 * another existing user), the deletion happens here, atomically, and is audited; the endpoint is skipped.
 * Any other call is left to the endpoint, which refuses it.
 */
export async function removeUserKeepingOwners(ctx: HookContext) {
  if (ctx.path !== '/admin/remove-user') return undefined;
  const userId = adminTargetOf(ctx.path, ctx.body);
  const actor = await getSessionFromCtx(ctx);
  if (!userId || !actor || actor.user.id === userId) return undefined;
  if (!adminRoleCan(actor.user.role, { user: ['delete'] })) return undefined;
  if (!(await deleteKeepingOwners(userId, false))) return undefined;
  await recordAdminMutation(ctx, userId);
  return ctx.json({ success: true });
}
