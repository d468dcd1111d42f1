import { baseLocale, extractLocaleFromRequest, getLocale, type Locale, toLocale } from '~/paraglide/runtime';

/** The language of an email: the one of the request that caused it (cookie, then Accept-Language). */
export function emailLocale(request?: Request): Locale {
  return request ? extractLocaleFromRequest(request) : getLocale();
}

/**
 * The language of an email sent with no user request behind it (a Stripe webhook): the recipient's
 * stored locale ("de", "de-DE": `user.locale`, set at sign-up and on a language switch) if the app
 * speaks it, else the app's default.
 */
export function recipientLocale(stored?: string | null): Locale {
  if (!stored) return baseLocale;
  return toLocale(stored) ?? toLocale(stored.split('-')[0]) ?? baseLocale;
}
