import { inSpan, logger } from '@kit/logger';
import { render } from '@react-email/render';
import type { ReactElement } from 'react';
import { parseMailEnv } from './env';
import { createLogTransport, createSmtpTransport, type MailTransport } from './transports';

let transport: MailTransport | undefined;

function getTransport(): MailTransport {
  if (!transport) {
    const env = parseMailEnv();
    const isProduction = process.env.NODE_ENV === 'production';
    const withholdContent = isProduction && env.MAIL_LOG_LINKS !== 'true';
    transport = env.SMTP_URL
      ? createSmtpTransport(env.SMTP_URL)
      : createLogTransport(undefined, { withholdContent });
    if (transport.kind === 'log' && isProduction) {
      logger.warn(
        withholdContent
          ? 'SMTP_URL is not set: emails are not sent, and their links are not logged (MAIL_LOG_LINKS=true logs them).'
          : 'SMTP_URL is not set: emails are written to this log instead of being sent.',
      );
    }
  }
  return transport;
}

/** Replaces the transport (tests); returns a function that restores the previous one. */
export function setMailTransport(next: MailTransport): () => void {
  const previous = transport;
  transport = next;
  return () => {
    transport = previous;
  };
}

export interface EmailMessage {
  to: string;
  subject: string;
  /** A react-email template; rendered to HTML and to a plain-text part. */
  template: ReactElement;
}

export function sendEmail(message: EmailMessage): Promise<void> {
  return inSpan('email send', { 'email.subject': message.subject }, async () => {
    const [html, text] = await Promise.all([
      render(message.template),
      render(message.template, { plainText: true }),
    ]);
    const transport = getTransport();
    await transport.send({
      from: parseMailEnv().MAIL_FROM,
      to: message.to,
      subject: message.subject,
      html,
      text,
    });
  });
}
