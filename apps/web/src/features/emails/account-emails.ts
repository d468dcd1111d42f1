import type { AccountEmailWriter } from '@kit/better-auth/server';
import { m } from '~/paraglide/messages';
import { localizedActionEmail } from './action-email';
import { emailLocale } from './email-locale';

/** The verification and password-reset emails better-auth sends, in the language of the request. */
export const accountEmails: AccountEmailWriter = {
  verification: ({ user, url, request }) => {
    const locale = emailLocale(request);
    return {
      subject: m.email_verify_subject({}, { locale }),
      template: localizedActionEmail(locale, {
        preview: m.email_verify_preview({}, { locale }),
        heading: m.email_verify_subject({}, { locale }),
        paragraphs: [
          m.email_verify_text({ name: user.name || m.email_greeting_fallback({}, { locale }) }, { locale }),
        ],
        actionLabel: m.email_verify_action({}, { locale }),
        actionUrl: url,
        footnote: m.email_verify_footnote({}, { locale }),
      }),
    };
  },
  passwordReset: ({ url, request }) => {
    const locale = emailLocale(request);
    return {
      subject: m.email_reset_subject({}, { locale }),
      template: localizedActionEmail(locale, {
        preview: m.email_reset_preview({}, { locale }),
        heading: m.email_reset_subject({}, { locale }),
        paragraphs: [m.email_reset_text({}, { locale }), m.email_reset_text_sessions({}, { locale })],
        actionLabel: m.email_reset_action({}, { locale }),
        actionUrl: url,
        footnote: m.email_reset_footnote({}, { locale }),
      }),
    };
  },
};
