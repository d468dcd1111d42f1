// What an organization may do under its subscription: the rules of Stripe's statuses, decided from the
// state stored by the webhooks. Pure and browser-safe: the server enforces it (@kit/auth entitlements) and
// the UI shows the same answer (the past-due banner, the billing page).

import type { BillingPlans, PlanDefinition } from './plans';

/** The subscription state the session statement brings for an organization (null: never subscribed). */
export interface SubscriptionState {
  planId: string | null;
  status: string | null;
  /** When the subscription turned past_due (ISO string or Date); null when it is not. */
  pastDueSince: string | Date | null;
}

/**
 * `full`: the plan's limits. `grace`: past due, the plan's limits until `graceEndsAt`. `read-only`: past
 * due beyond the grace period: data can be read, not changed, until the payment succeeds.
 */
export type AccessMode = 'full' | 'grace' | 'read-only';

export interface OrganizationAccess {
  planId: string;
  plan: PlanDefinition;
  mode: AccessMode;
  graceEndsAt: Date | null;
}

/** Statuses that grant the subscribed plan. Everything else (canceled, unpaid, incomplete…) is free. */
const PLAN_STATUSES = new Set(['active', 'trialing', 'past_due']);

/** Statuses of a subscription that is still live in Stripe: a second checkout must not start. */
export const LIVE_SUBSCRIPTION_STATUSES = ['active', 'trialing', 'past_due', 'unpaid', 'incomplete'];

export function accessOf(
  billing: BillingPlans,
  subscription: SubscriptionState | null,
  now: number = Date.now(),
): OrganizationAccess {
  const free = { planId: billing.freePlanId, mode: 'full' as const, graceEndsAt: null };
  const planId = subscription?.planId;
  const plan = planId ? billing.plans[planId] : undefined;
  if (!subscription || !planId || !plan || !PLAN_STATUSES.has(subscription.status ?? '')) {
    return { ...free, plan: billing.plans[billing.freePlanId] as PlanDefinition };
  }
  if (subscription.status !== 'past_due') return { planId, plan, mode: 'full', graceEndsAt: null };
  const since = subscription.pastDueSince ? new Date(subscription.pastDueSince).getTime() : now;
  const graceEndsAt = new Date(since + billing.pastDueGraceDays * 86_400_000);
  return { planId, plan, mode: now < graceEndsAt.getTime() ? 'grace' : 'read-only', graceEndsAt };
}
