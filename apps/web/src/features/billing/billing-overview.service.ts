// What the billing page shows: the plan in effect, the stored subscription, the seats, every plan of the
// plan file, and what one more seat costs on a per-seat plan.
import { type AccessMode, accessOf } from '@kit/billing/access';
import { getBilling } from '@kit/billing/billing-store';
import { getBillingConfiguration } from '@kit/billing/configuration';
import type { PlanLimits, PlanPrice } from '@kit/billing/plans';
import { getDatabase } from '@kit/database';
import { memberCount } from './billing-setup';

export interface BillingPlanSummary {
  id: string;
  name: string;
  price: PlanPrice | null;
  trialDays: number | null;
  limits: PlanLimits;
}

export type BillingOverview =
  | { enabled: false }
  | {
      enabled: true;
      planId: string;
      planName: string;
      /** Stripe's status of the stored subscription; null when the organization never subscribed. */
      status: string | null;
      seats: number | null;
      memberCount: number;
      currentPeriodEnd: Date | null;
      cancelAtPeriodEnd: boolean;
      trialEnd: Date | null;
      mode: AccessMode;
      graceEndsAt: Date | null;
      canManage: boolean;
      plans: BillingPlanSummary[];
      nextSeatPrice: { amount: number; currency: string } | null;
    };

export async function queryBillingOverview(
  organizationId: string,
  canManage: boolean,
): Promise<BillingOverview> {
  const configuration = getBillingConfiguration();
  if (!configuration?.env) return { enabled: false };
  const { plans } = configuration;
  const db = getDatabase();
  const [row, members] = await Promise.all([getBilling(db, organizationId), memberCount(db, organizationId)]);
  const access = accessOf(plans, row ?? null);
  const price = access.plan.price;
  return {
    enabled: true,
    planId: access.planId,
    planName: access.plan.name,
    status: row?.status ?? null,
    seats: row?.seats ?? null,
    memberCount: members,
    currentPeriodEnd: row?.currentPeriodEnd ?? null,
    cancelAtPeriodEnd: row?.cancelAtPeriodEnd ?? false,
    trialEnd: row?.trialEnd ?? null,
    mode: access.mode,
    graceEndsAt: access.graceEndsAt,
    canManage,
    plans: Object.entries(plans.plans).map(([id, plan]) => ({
      id,
      name: plan.name,
      price: plan.price,
      trialDays: plan.trialDays ?? null,
      limits: plan.limits,
    })),
    nextSeatPrice: price?.perSeat ? { amount: price.amount, currency: price.currency } : null,
  };
}
