import { queryOptions } from '@tanstack/react-query';
import type { OrganizationScope } from '~/lib/query/organization-scope';
import { fetchPendingInvitations } from './invitations.functions';
import { fetchMembers } from './members.functions';
import { fetchOrganizationSettings } from './organizations.functions';

export const organizationSettingsQuery = (scope: OrganizationScope) =>
  queryOptions({ queryKey: [...scope, 'settings'], queryFn: () => fetchOrganizationSettings() });

/** Roles change under other people's hands: always refetched when shown again. */
export const membersQuery = (scope: OrganizationScope) =>
  queryOptions({ queryKey: [...scope, 'members'], queryFn: () => fetchMembers(), staleTime: 0 });

export const invitationsQuery = (scope: OrganizationScope) =>
  queryOptions({
    queryKey: [...scope, 'invitations'],
    queryFn: () => fetchPendingInvitations(),
  });
