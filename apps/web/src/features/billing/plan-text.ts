// Plans, prices, limits and statuses in words (both languages): the billing page, the pricing section,
// the admin panel and the invite form say them the same way.
import type { PlanLimits, PlanPrice } from '@kit/billing/plans';
import { formatMoney, formatNumber } from '~/lib/i18n/format';
import { m } from '~/paraglide/messages';

/** "€19.00 per month", "€9.00 per member per month", "Free". */
export function priceText(price: PlanPrice | null): string {
  if (!price) return m.billing_price_free();
  const amount = formatMoney(price.amount, price.currency);
  if (price.perSeat) {
    return price.interval === 'year'
      ? m.billing_price_seat_year({ price: amount })
      : m.billing_price_seat_month({ price: amount });
  }
  return price.interval === 'year'
    ? m.billing_price_year({ price: amount })
    : m.billing_price_month({ price: amount });
}

/** One line per limit the plan file names ("Projects: 3", "Members: unlimited"). */
export function limitTexts(limits: PlanLimits): string[] {
  return Object.entries(limits).map(([limit, value]) => {
    const count = value === null ? null : formatNumber(value);
    switch (limit) {
      case 'projects':
        return count === null ? m.billing_limit_projects_unlimited() : m.billing_limit_projects({ count });
      case 'members':
        return count === null ? m.billing_limit_members_unlimited() : m.billing_limit_members({ count });
      default:
        // A limit a fork added without wording it yet.
        return `${limit}: ${count ?? '∞'}`;
    }
  });
}

/** Stripe's subscription status in words (null: the organization never subscribed). */
export function statusText(status: string | null): string {
  switch (status) {
    case null:
      return m.billing_status_none();
    case 'trialing':
      return m.billing_status_trialing();
    case 'active':
      return m.billing_status_active();
    case 'past_due':
      return m.billing_status_past_due();
    case 'canceled':
      return m.billing_status_canceled();
    case 'unpaid':
      return m.billing_status_unpaid();
    case 'incomplete':
      return m.billing_status_incomplete();
    case 'incomplete_expired':
      return m.billing_status_incomplete_expired();
    case 'paused':
      return m.billing_status_paused();
    default:
      return status;
  }
}
