import type { AuthEmailMessage, AuthEmails } from '@kit/better-auth/server';
import { ActionEmail, sendEmail } from '@kit/mailers';

/**
 * Sends without making the request wait: the response (and its timing) must not depend on whether an
 * email went out, or an attacker could tell which addresses have accounts.
 */
function sendInBackground(message: Parameters<typeof sendEmail>[0]) {
  void sendEmail(message).catch((error: unknown) => {
    console.error(`Could not send "${message.subject}" email`, error);
  });
}

function sendVerificationEmail({ user, url }: AuthEmailMessage) {
  sendInBackground({
    to: user.email,
    subject: 'Confirm your email address',
    template: ActionEmail({
      preview: 'Confirm your email address to finish setting up your account',
      heading: 'Confirm your email address',
      paragraphs: [
        `Hi ${user.name || 'there'}, confirm that this address is yours to use it with your account.`,
      ],
      actionLabel: 'Confirm email',
      actionUrl: url,
      footnote: 'The link expires in 24 hours.',
    }),
  });
  return Promise.resolve();
}

function sendPasswordResetEmail({ user, url }: AuthEmailMessage) {
  sendInBackground({
    to: user.email,
    subject: 'Reset your password',
    template: ActionEmail({
      preview: 'A link to choose a new password',
      heading: 'Reset your password',
      paragraphs: [
        'Someone asked to reset the password of your account. If it was you, choose a new one with this link.',
        'Resetting signs you out everywhere.',
      ],
      actionLabel: 'Choose a new password',
      actionUrl: url,
      footnote: 'The link works once and expires in one hour. If you did not ask for it, ignore this email.',
    }),
  });
  return Promise.resolve();
}

/** The account emails, written with the kit's templates and sent through @kit/mailers. */
export const accountEmails: AuthEmails = { sendVerificationEmail, sendPasswordResetEmail };
