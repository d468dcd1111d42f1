import {
  organizationAction,
  organizationQuery,
  validateInput,
  withOrganizationPermission,
} from '@kit/action-middleware';
import {
  changeMemberRole,
  leaveOrganization,
  listMembers,
  removeMember,
  transferOwnership,
} from './members.service';
import { changeMemberRoleSchema, memberIdSchema } from './organizations.schemas';

/** Members of the active organization with their role and join date; any member may read them. */
export const fetchMembers = organizationQuery
  .middleware([withOrganizationPermission({ member: ['read'] })])
  .handler(async ({ context }) => ({
    members: await listMembers(context.activeOrganizationId),
    viewer: { userId: context.user.id, role: context.role },
  }));

export const updateMemberRole = organizationAction
  .middleware([withOrganizationPermission({ member: ['update'] })])
  .validator(validateInput(changeMemberRoleSchema))
  .handler(({ data, context }) => changeMemberRole(context, data.memberId, data.role));

export const removeOrganizationMember = organizationAction
  .middleware([withOrganizationPermission({ member: ['delete'] })])
  .validator(validateInput(memberIdSchema))
  .handler(({ data, context }) => removeMember(context, data.memberId));

/** Any member may leave, except the last owner. */
export const leaveActiveOrganization = organizationAction.handler(({ context }) =>
  leaveOrganization(context),
);

/** Owners only: the chosen member becomes owner and the caller becomes admin. */
export const transferOrganizationOwnership = organizationAction
  .validator(validateInput(memberIdSchema))
  .handler(({ data, context }) => transferOwnership(context, data.memberId));
