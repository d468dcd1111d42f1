import type { ClientIdentity } from '@kit/better-auth/identity';
import { useRouteContext } from '@tanstack/react-router';
import { useMemo } from 'react';
import { accountScope, type OrganizationScope } from './organization-scope';

/**
 * The account scope of the page this component belongs to (see organizationScope). It is read from the
 * nearest route's context, not from useSession(): while a switch settles the root already holds the new
 * identity, and a page still on screen would otherwise ask its old account's data under the new scope.
 * The same array while the account stays the same, so an effect may depend on it.
 */
export function useOrganizationScope(): OrganizationScope {
  const identity = useRouteContext({
    strict: false,
    select: (context) => (context as { identity?: ClientIdentity }).identity,
  });
  const userId = identity?.user?.id ?? null;
  const organizationId = identity?.activeOrganizationId ?? null;
  const role = identity?.role ?? null;
  return useMemo(() => accountScope(userId, organizationId, role), [userId, organizationId, role]);
}
