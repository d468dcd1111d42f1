export { type MailEnv, parseMailEnv } from './env';
export { type EmailMessage, sendEmail, setMailTransport } from './send-email';
export { ActionEmail, type ActionEmailProps } from './templates/action-email';
export { InvitationEmail, type InvitationEmailProps, invitationSubject } from './templates/invitation-email';
export { EmailLayout } from './templates/layout';
export {
  createLogTransport,
  createSmtpTransport,
  linksOf,
  MAIL_LOG_PREFIX,
  type MailTransport,
  type OutgoingEmail,
} from './transports';
