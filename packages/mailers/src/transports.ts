import { logMail, type MailLogEntry } from '@kit/logger';
import type { Transporter } from 'nodemailer';

export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
}

export interface MailTransport {
  readonly kind: 'smtp' | 'log';
  send: (email: OutgoingEmail) => Promise<void>;
}

export function createSmtpTransport(url: string): MailTransport {
  // nodemailer loads with the first email, not when the server starts.
  let transporter: Promise<Transporter> | undefined;
  return {
    kind: 'smtp',
    async send(email) {
      transporter ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(url));
      await (await transporter).sendMail(email);
    },
  };
}

const LINK_PATTERN = /https?:\/\/[^\s<>"')\]]+/g;

/** The links of a message, in order, without duplicates. */
export function linksOf(text: string): string[] {
  return [...new Set(text.match(LINK_PATTERN) ?? [])];
}

/**
 * Development transport: writes each message and its links to the server log, one line per message
 * (`[mail] {json}` in development, a JSON line with a `mail` field in production), so a developer (or an
 * end-to-end test) can follow the links without a mail server.
 */
export function createLogTransport(
  write: (entry: MailLogEntry) => void = logMail,
  options: { withholdContent?: boolean } = {},
): MailTransport {
  return {
    kind: 'log',
    async send(email) {
      const entry: MailLogEntry = options.withholdContent
        ? // Links and text carry tokens (password reset, email confirmation): never in a production log.
          { to: email.to, subject: email.subject, links: [], withheld: 'not sent: set SMTP_URL' }
        : { to: email.to, subject: email.subject, links: linksOf(email.text), text: email.text };
      write(entry);
    },
  };
}
