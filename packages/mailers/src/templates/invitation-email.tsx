import { ActionEmail } from './action-email';

export interface InvitationEmailProps {
  organizationName: string;
  inviterName: string;
  role: string;
  acceptUrl: string;
  expiresAt: Date;
}

export function InvitationEmail({
  organizationName,
  inviterName,
  role,
  acceptUrl,
  expiresAt,
}: InvitationEmailProps) {
  return (
    <ActionEmail
      preview={`${inviterName} invited you to ${organizationName}`}
      heading={`Join ${organizationName}`}
      paragraphs={[
        `${inviterName} invited you to join ${organizationName} as ${role}.`,
        'Sign in or create an account with this email address to accept or decline.',
      ]}
      actionLabel="View invitation"
      actionUrl={acceptUrl}
      footnote={`The invitation expires on ${expiresAt.toUTCString()}.`}
    />
  );
}

export function invitationSubject(organizationName: string): string {
  return `You are invited to join ${organizationName}`;
}
