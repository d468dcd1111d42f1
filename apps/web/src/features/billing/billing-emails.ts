import { logger } from '@kit/logger';
import { recipientLocale } from '~/features/emails/email-locale';
import type { BillingEmail } from './billing-email-content';

export interface BillingEmailRecipient {
  email: string;
  name: string;
  /** The recipient's stored language, if any ("de"); else the app's default (see recipientLocale). */
  locale?: string | null;
}

interface BillingDetails {
  organizationName: string;
  planName: string;
  billingUrl: string;
}

type BillingEmailKind = 'paymentFailed' | 'trialEnding';

/**
 * Sends one email to each recipient, in the recipient's language, and resolves once all were tried: a
 * failing recipient is logged and does not stop the others. A webhook causes these emails, so there is
 * no user request to take a language from. The templates and the mail transport load with the first
 * email, not when the server starts.
 */
async function sendToEach(
  kind: BillingEmailKind,
  recipients: BillingEmailRecipient[],
  write: (
    content: typeof import('./billing-email-content'),
    recipient: BillingEmailRecipient,
  ) => BillingEmail,
): Promise<void> {
  if (recipients.length === 0) return;
  const [{ sendEmail }, content] = await Promise.all([
    import('@kit/mailers'),
    import('./billing-email-content'),
  ]);
  await Promise.all(
    recipients.map(async (recipient, index) => {
      try {
        const { subject, template } = write(content, recipient);
        await sendEmail({ to: recipient.email, subject, template });
      } catch (error) {
        // The address stays out of the log; the position tells which one failed.
        logger.error(
          { err: error, email: kind, recipient: index, recipients: recipients.length },
          'could not send a billing email',
        );
      }
    }),
  );
}

/**
 * After `invoice.payment_failed`: tells the organization's billing managers the payment failed, until
 * when the plan keeps working (grace period), and links to the billing page.
 */
export function sendPaymentFailedEmails(
  recipients: BillingEmailRecipient[],
  details: BillingDetails & { graceEndsAt: Date },
): Promise<void> {
  return sendToEach('paymentFailed', recipients, ({ writePaymentFailedEmail }, recipient) =>
    writePaymentFailedEmail({
      ...details,
      locale: recipientLocale(recipient.locale),
      recipientName: recipient.name,
    }),
  );
}

/**
 * After `customer.subscription.trial_will_end`: the trial of `planName` ends at `trialEndsAt`; links to
 * the billing page to add a payment method or change the plan.
 */
export function sendTrialEndingEmails(
  recipients: BillingEmailRecipient[],
  details: BillingDetails & { trialEndsAt: Date },
): Promise<void> {
  return sendToEach('trialEnding', recipients, ({ writeTrialEndingEmail }, recipient) =>
    writeTrialEndingEmail({
      ...details,
      locale: recipientLocale(recipient.locale),
      recipientName: recipient.name,
    }),
  );
}
