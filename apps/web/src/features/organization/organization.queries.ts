import { queryOptions } from '@tanstack/react-query';
import { fetchPendingInvitations } from './invitations.functions';
import { fetchMembers } from './members.functions';
import { fetchOrganizationSettings } from './organization.functions';

/** Every query about the active organization starts with this key: switching accounts refreshes them. */
export const ORGANIZATION_SCOPE = ['active-organization'] as const;

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
