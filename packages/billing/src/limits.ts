import type { OrganizationAccess } from './access';

/** True when `used` things leave room for one more under the plan (null limit: no limit). */
export function allowsOneMore(access: OrganizationAccess, limit: string, used: number): boolean {
  const allowed = access.plan.limits[limit];
  if (allowed === undefined) throw new Error(`No plan defines the limit "${limit}".`);
  return allowed === null || used < allowed;
}
