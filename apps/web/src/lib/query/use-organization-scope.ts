import type { ClientIdentity } from '@kit/better-auth/identity';
import { useRouteContext } from '@tanstack/react-router';
import { ORGANIZATION_SCOPE, type OrganizationScope, organizationScope } from './organization-scope';

const NO_ACCOUNT: OrganizationScope = [...ORGANIZATION_SCOPE, null, null, null];

/**
 * The account scope of the page this component belongs to (see organizationScope). It is read from the
 * nearest route's context, not from useSession(): while a switch settles the root already holds the new
 * identity, and a page still on screen would otherwise ask its old account's data under the new scope.
 */
export function useOrganizationScope(): OrganizationScope {
  const identity = useRouteContext({
    strict: false,
    select: (context) => (context as { identity?: ClientIdentity }).identity,
  });
  return identity ? organizationScope(identity) : NO_ACCOUNT;
}
