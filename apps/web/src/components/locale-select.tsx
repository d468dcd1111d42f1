import { selectVariants } from '@kit/ui/select-variants';
import { useId } from 'react';
import { m } from '~/paraglide/messages';
import { getLocale, type Locale, locales, setLocale } from '~/paraglide/runtime';

/**
 * A language's name in that language ("Deutsch"), from that language's message file: the platform's
 * Intl.DisplayNames would cost a fresh server 20–45 ms of setting up on its first page.
 */
export function localeName(locale: Locale): string {
  return m.language_name({}, { locale });
}

/**
 * Stores the choice in the `locale` cookie and reloads, so the server renders the new language. With
 * `remember` (a signed-in user) the choice is also stored on the user first: the reload would cancel it.
 * The switch happens whether or not that worked.
 */
export function switchLocale(value: string, remember?: (locale: Locale) => Promise<unknown>) {
  const next = locales.find((locale) => locale === value);
  if (!next || next === getLocale()) return;
  if (!remember) {
    void setLocale(next);
    return;
  }
  void remember(next)
    .catch(() => undefined)
    .finally(() => setLocale(next));
}

/** The language switcher of public pages: the platform's select, a few hundred bytes of code. */
export function LocaleSelect() {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {m.language_label()}
      </label>
      <select
        id={id}
        value={getLocale()}
        onChange={(event) => switchLocale(event.target.value)}
        className={selectVariants({ size: 'sm' })}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {localeName(locale)}
          </option>
        ))}
      </select>
    </>
  );
}
