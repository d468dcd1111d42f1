// Query keys free of React Query and server-function imports.
import type { ClientIdentity } from '@kit/better-auth/identity';

/** Every query about the active account starts with this key. */
export const ORGANIZATION_SCOPE = ['active-organization'] as const;

export type OrganizationScope = readonly [
  ...typeof ORGANIZATION_SCOPE,
  userId: string | null,
  organizationId: string | null,
  role: string | null,
];

/**
 * The key prefix of what the signed-in user sees in the active account: the user, the organization (null:
 * the personal account) and the role there. Another account or user gives other keys, so a page that
 * still shows the previous account while a switch settles keeps reading its own entries (no request
 * under the new session), and a new page never finds the previous account's data.
 */
export function organizationScope(
  identity: Pick<ClientIdentity, 'user' | 'activeOrganizationId' | 'role'>,
): OrganizationScope {
  return accountScope(identity.user?.id ?? null, identity.activeOrganizationId, identity.role);
}

/** The same key prefix from its parts (a hook that keeps it stable while the parts stay). */
export const accountScope = (
  userId: string | null,
  organizationId: string | null,
  role: string | null,
): OrganizationScope => [...ORGANIZATION_SCOPE, userId, organizationId, role];

export const userIdOf = ([, userId]: OrganizationScope) => userId;
export const organizationIdOf = ([, , organizationId]: OrganizationScope) => organizationId;
