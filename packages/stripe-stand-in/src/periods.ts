import type { PriceShape } from './shapes';

const DAY = 86_400;

/** The end of one billing period that starts at `start` (seconds), by the price's interval, as Stripe does. */
export function periodEnd(start: number, recurring: PriceShape['recurring']): number {
  const interval = recurring?.interval ?? 'month';
  const count = recurring?.interval_count ?? 1;
  if (interval === 'day') return start + count * DAY;
  if (interval === 'week') return start + count * 7 * DAY;
  const date = new Date(start * 1000);
  if (interval === 'year') date.setUTCFullYear(date.getUTCFullYear() + count);
  else date.setUTCMonth(date.getUTCMonth() + count);
  return Math.floor(date.getTime() / 1000);
}

export function daysLater(start: number, days: number): number {
  return start + days * DAY;
}
