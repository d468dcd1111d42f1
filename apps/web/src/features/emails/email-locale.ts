import { baseLocale, extractLocaleFromRequest, getLocale, type Locale, toLocale } from '~/paraglide/runtime';

/** The language of an email: the one of the request that caused it (cookie, then Accept-Language). */
export function emailLocale(request?: Request): Locale {
  return request ? extractLocaleFromRequest(request) : getLocale();
}

/**
 * The language of an email sent with no user request behind it (a Stripe webhook): the recipient's
 * stored locale ("de", "de-DE") if the app speaks it, else the app's default. Users have no stored
 * locale yet, so today this is the default unless the caller knows better.
 */
export function recipientLocale(stored?: string | null): Locale {
  if (!stored) return baseLocale;
  return toLocale(stored) ?? toLocale(stored.split('-')[0]) ?? baseLocale;
}
