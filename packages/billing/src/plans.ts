// The shape of a billing plan file (the app's `billing-plans.ts`). Browser-safe: the pricing section and
// the billing page render from the same definitions the server enforces. Stripe price ids are not here:
// they come from the environment, on the server only (env.ts).

/** What a plan allows: a number, or null for no limit. The app names the limits it counts. */
export type PlanLimits<Limit extends string = string> = Record<Limit, number | null>;

export interface PlanPrice {
  /** In the currency's smallest unit (cents), as the Stripe price is set up. */
  amount: number;
  currency: string;
  interval: 'month' | 'year';
  /** Per seat: the subscription's quantity follows the organization's member count. */
  perSeat: boolean;
}

export interface PlanDefinition<Limit extends string = string> {
  name: string;
  /** null: the free plan, which needs no subscription. */
  price: PlanPrice | null;
  trialDays?: number;
  limits: PlanLimits<Limit>;
}

export interface BillingPlans<Limit extends string = string> {
  plans: Record<string, PlanDefinition<Limit>>;
  /** The plan of an organization without a live subscription, and of every personal account. */
  freePlanId: string;
  /** Days a past-due subscription keeps its plan before the organization turns read-only. */
  pastDueGraceDays: number;
}

/** Checks the plan file's own consistency once, when it is defined. */
export function defineBillingPlans<const Limit extends string>(
  definition: BillingPlans<Limit>,
): BillingPlans<Limit> {
  const free = definition.plans[definition.freePlanId];
  if (!free || free.price !== null) {
    throw new Error(`The free plan "${definition.freePlanId}" must be a plan without a price.`);
  }
  for (const [id, plan] of Object.entries(definition.plans)) {
    if (id !== definition.freePlanId && plan.price === null) {
      throw new Error(`Plan "${id}" needs a price: only the free plan has none.`);
    }
  }
  return definition;
}

/** The paid plans, in the plan file's order. */
export function paidPlanIds(billing: BillingPlans): string[] {
  return Object.keys(billing.plans).filter((id) => billing.plans[id]?.price !== null);
}
