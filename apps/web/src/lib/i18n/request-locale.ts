import { createIsomorphicFn } from '@tanstack/react-start';
import { getRequest } from '@tanstack/react-start/server';
import {
  baseLocale,
  extractLocaleFromRequest,
  type Locale,
  locales,
  overwriteGetLocale,
} from '~/paraglide/runtime';

const localeByRequest = new WeakMap<Request, Locale>();

/** The locale of the request being answered: the `locale` cookie, else Accept-Language, else English. */
function requestLocale(): Locale {
  let request: Request;
  try {
    request = getRequest();
  } catch {
    return baseLocale; // outside a request (a script, start-up)
  }
  let locale = localeByRequest.get(request);
  if (!locale) {
    locale = extractLocaleFromRequest(request);
    localeByRequest.set(request, locale);
  }
  return locale;
}

/**
 * On the server, makes every message (pages, server-function errors, emails) speak the locale of the
 * request it is answering. In the browser, the locale is the one the server rendered the document in
 * (`<html lang>`): read once, where Paraglide would read the cookie and navigator.languages again for
 * every message. A new language comes with a new document (the switcher reloads).
 */
export const localizeMessages = createIsomorphicFn()
  .server(() => overwriteGetLocale(requestLocale))
  .client(() => {
    const documentLocale = locales.find((locale) => locale === document.documentElement.lang);
    if (documentLocale) overwriteGetLocale(() => documentLocale);
  });
