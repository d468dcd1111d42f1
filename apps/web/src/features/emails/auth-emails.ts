import type { AuthEmailMessage, AuthEmails } from '@kit/better-auth/server';
import { logger } from '@kit/logger';

type AuthEmailKind = 'verification' | 'passwordReset' | 'magicLink';

/**
 * Sends without making the request wait: the response (and its timing) must not depend on whether an
 * email went out, or an attacker could tell which addresses are registered. The templates and the mail
 * transport load with the first email, not when the server starts.
 */
function sendInBackground(kind: AuthEmailKind, message: AuthEmailMessage, request?: Request): Promise<void> {
  void (async () => {
    const [{ sendEmail }, { writeAuthEmail }] = await Promise.all([
      import('@kit/mailers'),
      import('./auth-email-content'),
    ]);
    const { subject, template } = writeAuthEmail[kind]({ ...message, request });
    await sendEmail({ to: message.user.email, subject, template });
  })().catch((error: unknown) => {
    logger.error({ err: error, email: kind }, 'could not send an email');
  });
  return Promise.resolve();
}

/** What @kit/better-auth is configured with (server-plugins/configure-auth.ts). */
export const authEmails: AuthEmails = {
  sendVerificationEmail: (message, request) => sendInBackground('verification', message, request),
  sendPasswordResetEmail: (message, request) => sendInBackground('passwordReset', message, request),
  sendMagicLinkEmail: (message, request) => sendInBackground('magicLink', message, request),
};
