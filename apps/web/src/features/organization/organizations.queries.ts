import { queryOptions } from '@tanstack/react-query';
import { ORGANIZATION_SCOPE } from '~/lib/query/organization-scope';
import { fetchPendingInvitations } from './invitations.functions';
import { fetchMembers } from './members.functions';
import { fetchOrganizationSettings } from './organizations.functions';

export const organizationSettingsQuery = () =>
  queryOptions({ queryKey: [...ORGANIZATION_SCOPE, 'settings'], queryFn: () => fetchOrganizationSettings() });

/** Roles change under other people's hands: always refetched when shown again. */
export const membersQuery = () =>
  queryOptions({ queryKey: [...ORGANIZATION_SCOPE, 'members'], queryFn: () => fetchMembers(), staleTime: 0 });

export const invitationsQuery = () =>
  queryOptions({
    queryKey: [...ORGANIZATION_SCOPE, 'invitations'],
    queryFn: () => fetchPendingInvitations(),
  });
