import { extractLocaleFromRequest, getLocale, type Locale } from '~/paraglide/runtime';

/** The language of an email: the one of the request that caused it (cookie, then Accept-Language). */
export function emailLocale(request?: Request): Locale {
  return request ? extractLocaleFromRequest(request) : getLocale();
}
