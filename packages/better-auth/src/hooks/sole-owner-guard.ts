import { getDatabase } from '@kit/database';
import { listSoleOwnedOrganizations } from '@kit/database/organizations';
import { APIError, getSessionFromCtx } from 'better-auth/api';
import { adminTargetOf } from './admin-target';
import type { HookContext } from './hook-context';

export const SOLE_OWNER_CODE = 'SOLE_OWNER_OF_ORGANIZATIONS';

async function userBeingDeleted(ctx: HookContext): Promise<{ userId: string; isSelf: boolean } | undefined> {
  const path: string = ctx.path;
  if (path === '/delete-user') {
    const current = await getSessionFromCtx(ctx);
    return current ? { userId: current.user.id, isSelf: true } : undefined;
  }
  if (path === '/admin/remove-user') {
    const userId = adminTargetOf(path, ctx.body);
    return userId ? { userId, isSelf: false } : undefined;
  }
  return undefined;
}

/** Deleting a user who is the only owner of organizations would orphan them: refuse, naming them. */
export async function refuseRemovingSoleOwners(ctx: HookContext): Promise<void> {
  const deletion = await userBeingDeleted(ctx);
  if (!deletion) return;
  const owned = await listSoleOwnedOrganizations(getDatabase(), deletion.userId);
  if (owned.length === 0) return;
  const who = deletion.isSelf ? 'You are' : 'This user is';
  throw new APIError('CONFLICT', {
    code: SOLE_OWNER_CODE,
    message: `${who} the only owner of ${owned.map((org) => org.name).join(', ')}. Transfer or delete those organizations first.`,
  });
}
