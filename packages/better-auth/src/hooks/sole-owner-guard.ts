import { getDatabase } from '@kit/database';
import { listSoleOwnedOrganizations } from '@kit/database/organizations';
import { APIError } from 'better-auth/api';
import type { HookContext } from './hook-context';

export const SOLE_OWNER_CODE = 'SOLE_OWNER_OF_ORGANIZATIONS';

/** Deleting a user who is the only owner of organizations would orphan them: refuse, naming them. */
export async function refuseRemovingSoleOwners(ctx: HookContext): Promise<void> {
  if (ctx.path !== '/admin/remove-user') return;
  const userId =
    ctx.body && typeof ctx.body === 'object' ? (ctx.body as { userId?: unknown }).userId : undefined;
  if (typeof userId !== 'string') return;
  const owned = await listSoleOwnedOrganizations(getDatabase(), userId);
  if (owned.length === 0) return;
  throw new APIError('CONFLICT', {
    code: SOLE_OWNER_CODE,
    message: `This user is the only owner of ${owned.map((org) => org.name).join(', ')}. Transfer or delete those organizations first.`,
  });
}
