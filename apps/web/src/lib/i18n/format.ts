import { getLocale } from '~/paraglide/runtime';

type DateInput = Date | string | number;

// Building an Intl formatter costs far more than using one (a list of dates would build one per row):
// each kind is built once per locale (and currency) and kept. They hold no state between calls.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function kept<T extends Intl.DateTimeFormat | Intl.NumberFormat>(
  kind: string,
  build: (locale: string) => T,
): T {
  const locale = getLocale();
  const key = `${kind}:${locale}`;
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    format = build(locale);
    formatters.set(key, format);
  }
  return format;
}

const dateFormat = (kind: string, options: Intl.DateTimeFormatOptions) =>
  kept(kind, (locale) => new Intl.DateTimeFormat(locale, options));

const numberFormat = (kind: string, options?: Intl.NumberFormatOptions) =>
  kept(kind, (locale) => new Intl.NumberFormat(locale, options));

/** 27 Nov 2026 / 27.11.2026: a calendar date in the reader's locale. */
export function formatDate(value: DateInput): string {
  return dateFormat('date', { dateStyle: 'medium' }).format(new Date(value));
}

/** A date with its time, in the reader's locale. */
export function formatDateTime(value: DateInput): string {
  return dateFormat('date-time', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

/**
 * Languages whose plain integers from 0 to 999 are written in ASCII digits, without separators or signs:
 * there the platform's formatter would return `String(value)` (tests/number-format.test.ts checks this
 * against Intl for each of them).
 */
export const ASCII_DIGIT_LANGUAGES: ReadonlySet<string> = new Set([
  'en',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pt',
  'pl',
  'sv',
  'da',
  'nb',
  'fi',
  'cs',
  'ru',
  'uk',
  'tr',
  'ja',
  'zh',
  'ko',
]);

/** 1,234 / 1.234 */
export function formatNumber(value: number): string {
  // The counts on a page are mostly small: the browser's first Intl.NumberFormat costs a slow phone
  // tens of milliseconds of loading locale data (on the dashboard, within the task that shows the cards).
  if (
    Number.isInteger(value) &&
    value >= 0 &&
    value < 1000 &&
    ASCII_DIGIT_LANGUAGES.has(language(getLocale()))
  ) {
    return String(value);
  }
  return numberFormat('number').format(value);
}

const language = (locale: string) => locale.split('-')[0] ?? locale;

/** A calendar day given as `YYYY-MM-DD` (no time zone of its own): shown as that same day everywhere. */
export function formatDay(isoDay: string): string {
  return dateFormat('day', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`));
}

/** €19.00 / 19,00 €: an amount in the currency's smallest unit (cents), as Stripe and the plan file give it. */
export function formatMoney(amount: number, currency: string): string {
  const format = numberFormat(`money-${currency}`, { style: 'currency', currency });
  return format.format(amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}
