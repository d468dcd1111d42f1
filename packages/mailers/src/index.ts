export { type MailEnv, parseMailEnv } from './env';
export { type EmailMessage, sendEmail, setMailTransport } from './send-email';
export { ActionEmail, type ActionEmailProps } from './templates/action-email';
export { EmailLayout, type EmailLayoutProps } from './templates/layout';
export {
  createLogTransport,
  createSmtpTransport,
  linksOf,
  type MailTransport,
  type OutgoingEmail,
} from './transports';
