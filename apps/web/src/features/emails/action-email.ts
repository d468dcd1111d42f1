import { ActionEmail, type ActionEmailProps } from '@kit/mailers';
import { m } from '~/paraglide/messages';
import type { Locale } from '~/paraglide/runtime';

/** @kit/mailers' ActionEmail with the app's translated link hint and footer in `locale`. */
export function localizedActionEmail(
  locale: Locale,
  copy: Omit<ActionEmailProps, 'lang' | 'linkHint' | 'footer'>,
) {
  return ActionEmail({
    ...copy,
    lang: locale,
    linkHint: m.email_link_hint({}, { locale }),
    footer: m.email_footer({}, { locale }),
  });
}
