// The single definition of organization roles and app-level (admin panel) roles. Server checks
// (organizationAction, createAdminAction, better-auth's own endpoints) and the UI both read these.
import { createAccessControl } from 'better-auth/plugins/access';
import {
  adminAc as adminPanelAdminRole,
  defaultStatements as adminPanelStatements,
  userAc as adminPanelUserRole,
} from 'better-auth/plugins/admin/access';
import { isOwnerRole, rolesOf } from './roles';

export { isAdminRole, isOwnerRole } from './roles';

const organizationStatements = {
  organization: ['update', 'delete'],
  member: ['read', 'create', 'update', 'delete'],
  invitation: ['read', 'create', 'cancel'],
  /** Everyone sees the plan; managing it (checkout, portal, cancel) is the owners' by default. */
  billing: ['read', 'manage'],
  /** The organization's activity log (who did what, from where): owners and admins. */
  activity: ['read'],
  team: [],
  ac: [],
} as const;

export const organizationAccessControl = createAccessControl(organizationStatements);

export const organizationRoles = {
  owner: organizationAccessControl.newRole({
    organization: ['update', 'delete'],
    member: ['read', 'create', 'update', 'delete'],
    invitation: ['read', 'create', 'cancel'],
    billing: ['read', 'manage'],
    activity: ['read'],
  }),
  admin: organizationAccessControl.newRole({
    organization: ['update'],
    member: ['read', 'create', 'update', 'delete'],
    invitation: ['read', 'create', 'cancel'],
    billing: ['read'],
    activity: ['read'],
  }),
  member: organizationAccessControl.newRole({
    member: ['read'],
    invitation: ['read'],
    billing: ['read'],
  }),
};

export type OrganizationRole = keyof typeof organizationRoles;
export const ORGANIZATION_ROLES = Object.keys(organizationRoles) as OrganizationRole[];

type StatementsOf<T extends Record<string, readonly string[]>> = {
  [K in keyof T]?: Array<T[K][number]>;
};

export type OrganizationPermission = StatementsOf<typeof organizationStatements>;

/** True when any of the member's roles (better-auth stores several comma-separated) grants it all. */
export function organizationRoleCan(role: string | null | undefined, permission: OrganizationPermission) {
  return rolesOf(role).some((name) => {
    const definition = organizationRoles[name as OrganizationRole];
    return definition ? definition.authorize(permission).success : false;
  });
}

/** better-auth's user and session statements, and the kit's own: resyncing an organization's billing. */
const adminPanelKitStatements = { ...adminPanelStatements, billing: ['resync'] } as const;

export const adminPanelAccessControl = createAccessControl(adminPanelKitStatements);

export const adminPanelRoles = {
  admin: adminPanelAccessControl.newRole({ ...adminPanelAdminRole.statements, billing: ['resync'] }),
  user: adminPanelAccessControl.newRole({ ...adminPanelUserRole.statements, billing: [] }),
};

export type AdminPanelPermission = StatementsOf<typeof adminPanelKitStatements>;

export function adminRoleCan(role: string | null | undefined, permission: AdminPanelPermission) {
  return rolesOf(role).some((name) => {
    const definition = adminPanelRoles[name as keyof typeof adminPanelRoles];
    return definition ? definition.authorize(permission).success : false;
  });
}

// Rules about the owner role, on top of the statements above. The last-owner rule needs the
// organization's member list and is checked on the server only.

/** Owners manage everyone; admins manage everyone but owners; members manage no one. */
function canManageMember(actorRole: string | null | undefined, targetRole: string): boolean {
  if (!organizationRoleCan(actorRole, { member: ['update'] })) return false;
  return isOwnerRole(actorRole) || !isOwnerRole(targetRole);
}

/** Changing a role: only an owner grants or takes away the owner role. */
export function canAssignRole(
  actorRole: string | null | undefined,
  targetRole: string,
  nextRole: string,
): boolean {
  return canManageMember(actorRole, targetRole) && (isOwnerRole(actorRole) || !isOwnerRole(nextRole));
}

export function canRemoveMember(actorRole: string | null | undefined, targetRole: string): boolean {
  if (!organizationRoleCan(actorRole, { member: ['delete'] })) return false;
  return isOwnerRole(actorRole) || !isOwnerRole(targetRole);
}

/** Inviting (and cancelling or resending an invitation) as `role`: only owners deal in owners. */
export function canInviteAs(actorRole: string | null | undefined, role: string): boolean {
  if (!organizationRoleCan(actorRole, { invitation: ['create'] })) return false;
  return isOwnerRole(actorRole) || !isOwnerRole(role);
}

export function canCancelInvitation(actorRole: string | null | undefined, role: string): boolean {
  if (!organizationRoleCan(actorRole, { invitation: ['cancel'] })) return false;
  return isOwnerRole(actorRole) || !isOwnerRole(role);
}
