import { sendEmail } from '@kit/mailers';
import type { ReactElement } from 'react';

interface EmailUser {
  email: string;
  name: string;
}

export interface AccountEmailInput {
  user: EmailUser;
  url: string;
  /** The request that caused the email: its cookie and Accept-Language tell the recipient's language. */
  request?: Request;
}

export interface AccountEmail {
  subject: string;
  template: ReactElement;
}

/** Writes the account emails. The app provides it, so that the wording and language stay the app's. */
export interface AccountEmailWriter {
  verification: (input: AccountEmailInput) => AccountEmail;
  passwordReset: (input: AccountEmailInput) => AccountEmail;
}

// On globalThis like the auth instance (server.ts): one writer per process whatever the bundle split.
const registry = globalThis as typeof globalThis & { __kitAccountEmails?: AccountEmailWriter };

/** Call once when the app's server starts, before the auth endpoints answer. */
export function provideAccountEmails(writer: AccountEmailWriter): void {
  registry.__kitAccountEmails = writer;
}

/**
 * Sends without making the request wait: the response (and its timing) must not depend on whether an
 * email went out, or an attacker could tell which addresses have accounts.
 */
function sendInBackground(to: string, write: (writer: AccountEmailWriter) => AccountEmail) {
  const writer = registry.__kitAccountEmails;
  if (!writer) {
    console.error('No account email writer: the app must call provideAccountEmails() at start-up.');
    return;
  }
  const { subject, template } = write(writer);
  void sendEmail({ to, subject, template }).catch((error: unknown) => {
    console.error(`Could not send "${subject}" email`, error);
  });
}

export function sendVerificationEmail({ user, url }: { user: EmailUser; url: string }, request?: Request) {
  sendInBackground(user.email, (writer) => writer.verification({ user, url, request }));
  return Promise.resolve();
}

export function sendPasswordResetEmail({ user, url }: { user: EmailUser; url: string }, request?: Request) {
  sendInBackground(user.email, (writer) => writer.passwordReset({ user, url, request }));
  return Promise.resolve();
}
