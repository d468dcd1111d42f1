import { getLocale } from '~/paraglide/runtime';

type DateInput = Date | string | number;

/** 27 Nov 2026 / 27.11.2026: a calendar date in the reader's locale. */
export function formatDate(value: DateInput): string {
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium' }).format(new Date(value));
}

/** A date with its time, in the reader's locale. */
export function formatDateTime(value: DateInput): string {
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(value),
  );
}

/** 1,234 / 1.234 */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(getLocale()).format(value);
}

/** A calendar day given as `YYYY-MM-DD` (no time zone of its own): shown as that same day everywhere. */
export function formatDay(isoDay: string): string {
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}

/** €19.00 / 19,00 €: an amount in the currency's smallest unit (cents), as Stripe and the plan file give it. */
export function formatMoney(amount: number, currency: string): string {
  const format = new Intl.NumberFormat(getLocale(), { style: 'currency', currency });
  return format.format(amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}
