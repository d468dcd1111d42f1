import type { AuthEmailMessage } from '@kit/better-auth/server';
import type { ReactElement } from 'react';
import { m } from '~/paraglide/messages';
import { localizedActionEmail } from './action-email';
import { emailLocale } from './email-locale';

export interface AuthEmail {
  subject: string;
  template: ReactElement;
}

type WriteInput = AuthEmailMessage & { request?: Request };

/** The verification, password-reset and sign-in-link emails better-auth asks for, in the language of the request. */
export const writeAuthEmail = {
  verification: ({ user, url, request }: WriteInput): AuthEmail => {
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
  passwordReset: ({ url, request }: WriteInput): AuthEmail => {
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
  magicLink: ({ url, request }: WriteInput): AuthEmail => {
    const locale = emailLocale(request);
    return {
      subject: m.email_magic_link_subject({}, { locale }),
      template: localizedActionEmail(locale, {
        preview: m.email_magic_link_preview({}, { locale }),
        heading: m.email_magic_link_subject({}, { locale }),
        paragraphs: [m.email_magic_link_text({}, { locale })],
        actionLabel: m.email_magic_link_action({}, { locale }),
        actionUrl: url,
        footnote: m.email_magic_link_footnote({}, { locale }),
      }),
    };
  },
};
