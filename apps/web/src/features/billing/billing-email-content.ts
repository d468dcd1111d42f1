import { ActionEmail } from '@kit/mailers';
import type { ReactElement } from 'react';
import { m } from '~/paraglide/messages';
import type { Locale } from '~/paraglide/runtime';

export interface BillingEmail {
  subject: string;
  template: ReactElement;
}

interface BillingEmailInput {
  locale: Locale;
  recipientName: string;
  organizationName: string;
  planName: string;
  billingUrl: string;
}

/**
 * "December 3, 2026 at 10:00 AM UTC" / "3. Dezember 2026 um 10:00 UTC". The recipient's time zone is
 * unknown, so the moment is given in UTC, named, rather than in whatever zone the server runs in.
 */
function formatMoment(value: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(value);
}

function billingActionEmail(
  input: BillingEmailInput,
  copy: { preview: string; heading: string; paragraphs: string[]; actionLabel: string },
): ReactElement {
  const { locale } = input;
  return ActionEmail({
    ...copy,
    lang: locale,
    actionUrl: input.billingUrl,
    linkHint: m.email_link_hint({}, { locale }),
    footer: m.email_billing_footer({ organization: input.organizationName }, { locale }),
  });
}

function namesOf(input: BillingEmailInput) {
  const { locale } = input;
  return {
    name: input.recipientName || m.email_greeting_fallback({}, { locale }),
    organization: input.organizationName,
    plan: input.planName,
  };
}

/** After a failed payment: the plan works until the grace period ends; the link leads to billing. */
export function writePaymentFailedEmail(input: BillingEmailInput & { graceEndsAt: Date }): BillingEmail {
  const { locale } = input;
  const names = namesOf(input);
  return {
    subject: m.email_payment_failed_subject(names, { locale }),
    template: billingActionEmail(input, {
      preview: m.email_payment_failed_preview(names, { locale }),
      heading: m.email_payment_failed_heading(names, { locale }),
      paragraphs: [
        m.email_payment_failed_text(names, { locale }),
        m.email_payment_failed_text_grace({ date: formatMoment(input.graceEndsAt, locale) }, { locale }),
      ],
      actionLabel: m.email_payment_failed_action({}, { locale }),
    }),
  };
}

/** Before a trial ends: when it ends, and the link to add a payment method or change the plan. */
export function writeTrialEndingEmail(input: BillingEmailInput & { trialEndsAt: Date }): BillingEmail {
  const { locale } = input;
  const names = namesOf(input);
  const date = formatMoment(input.trialEndsAt, locale);
  return {
    subject: m.email_trial_ending_subject(names, { locale }),
    template: billingActionEmail(input, {
      preview: m.email_trial_ending_preview({ ...names, date }, { locale }),
      heading: m.email_trial_ending_heading({}, { locale }),
      paragraphs: [
        m.email_trial_ending_text({ ...names, date }, { locale }),
        m.email_trial_ending_text_action(names, { locale }),
      ],
      actionLabel: m.email_trial_ending_action({}, { locale }),
    }),
  };
}
