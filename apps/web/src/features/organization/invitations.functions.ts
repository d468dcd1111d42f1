import type { Identity } from '@kit/action-middleware';
import {
  authAction,
  authQuery,
  organizationAction,
  organizationQuery,
  validateInput,
  withOrganizationPermission,
} from '@kit/action-middleware';
import { getAuthEnv } from '@kit/better-auth/server';
import {
  acceptInvitation,
  cancelInvitation,
  declineInvitation,
  getInvitationView,
  inviteMember,
  listPendingInvitations,
  resendInvitation,
} from './invitations.service';
import { invitationIdSchema, inviteMemberSchema } from './organizations.schemas';

function viewerOf(context: Identity) {
  return {
    userId: context.user.id,
    email: context.user.email,
    emailVerified: context.user.emailVerified,
    sessionId: context.session.id,
    impersonatorId: context.session.impersonatedBy ?? null,
  };
}

export const fetchPendingInvitations = organizationQuery
  .middleware([withOrganizationPermission({ invitation: ['read'] })])
  .handler(({ context }) => listPendingInvitations(context.activeOrganizationId, context.role));

export const inviteOrganizationMember = organizationAction
  .middleware([withOrganizationPermission({ invitation: ['create'] })])
  .validator(validateInput(inviteMemberSchema))
  .handler(({ data, context }) => inviteMember(context, data, getAuthEnv().baseUrl));

export const resendOrganizationInvitation = organizationAction
  .middleware([withOrganizationPermission({ invitation: ['create'] })])
  .validator(validateInput(invitationIdSchema))
  .handler(({ data, context }) => resendInvitation(context, data.invitationId, getAuthEnv().baseUrl));

export const cancelOrganizationInvitation = organizationAction
  .middleware([withOrganizationPermission({ invitation: ['cancel'] })])
  .validator(validateInput(invitationIdSchema))
  .handler(({ data, context }) => cancelInvitation(context, data.invitationId));

/** The invitation as the signed-in viewer may see it (its state, or nothing if it is someone else's). */
export const fetchInvitation = authQuery
  .validator(validateInput(invitationIdSchema))
  .handler(({ data, context }) => getInvitationView(data.invitationId, viewerOf(context)));

export const acceptOrganizationInvitation = authAction
  .validator(validateInput(invitationIdSchema))
  .handler(({ data, context }) => acceptInvitation(data.invitationId, viewerOf(context)));

export const declineOrganizationInvitation = authAction
  .validator(validateInput(invitationIdSchema))
  .handler(({ data, context }) => declineInvitation(data.invitationId, viewerOf(context)));
