import { InvitationEmail, invitationSubject, sendEmail } from '@kit/mailers';
import { organization } from 'better-auth/plugins';
import type { AuthEnv } from '../env';
import { organizationAccessControl, organizationRoles } from '../permissions';

const INVITATION_LIFETIME_SECONDS = 7 * 24 * 60 * 60;

export function organizationPlugin(env: AuthEnv) {
  return organization({
    ac: organizationAccessControl,
    roles: organizationRoles,
    creatorRole: 'owner',
    allowUserToCreateOrganization: true,
    invitationExpiresIn: INVITATION_LIFETIME_SECONDS,
    cancelPendingInvitationsOnReInvite: true,
    async sendInvitationEmail({ id, email, role, organization: org, inviter, invitation }) {
      await sendEmail({
        to: email,
        subject: invitationSubject(org.name),
        template: InvitationEmail({
          organizationName: org.name,
          inviterName: inviter.user.name || inviter.user.email,
          role,
          acceptUrl: `${env.baseUrl}/invitations/${id}`,
          expiresAt: new Date(invitation.expiresAt),
        }),
      });
    },
  });
}
