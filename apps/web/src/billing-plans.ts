import { defineBillingPlans } from '@kit/billing/plans';

/**
 * What the kit sells, per organization: edit this file to change plans, prices and limits. Billing is on
 * only when STRIPE_SECRET_KEY is set (README, "Billing"); then each paid plan's Stripe price id comes from
 * STRIPE_PRICE_<PLAN ID>, e.g. STRIPE_PRICE_PRO. Keep `price` equal to that Stripe price: the pricing
 * section and the seat cost shown to inviters are rendered from it, Stripe charges its own.
 * A limit of null means no limit. The personal account always has the free plan.
 */
export const billingPlans = defineBillingPlans({
  freePlanId: 'free',
  pastDueGraceDays: 7,
  plans: {
    free: { name: 'Free', price: null, limits: { projects: 3, members: 3 } },
    pro: {
      name: 'Pro',
      price: { amount: 1900, currency: 'eur', interval: 'month', perSeat: false },
      trialDays: 14,
      limits: { projects: null, members: 10 },
    },
    team: {
      name: 'Team',
      price: { amount: 900, currency: 'eur', interval: 'month', perSeat: true },
      trialDays: 14,
      limits: { projects: null, members: null },
    },
  },
});

/** The names of what plans limit; features count these (`requireEntitlement(identity, 'projects', n)`). */
export type BillingLimit = keyof (typeof billingPlans)['plans']['free']['limits'];
