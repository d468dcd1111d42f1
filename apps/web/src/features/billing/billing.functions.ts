// PLACEHOLDER with the contract of wip/checkout's billing.functions.ts, so that the pages compile before
// that branch is merged. The merge takes wip/checkout's file.
import type { AccessMode } from '@kit/billing/access';
import type { PlanLimits, PlanPrice } from '@kit/billing/plans';
import { createServerFn } from '@tanstack/react-start';

export type BillingOverview =
  | { enabled: false }
  | {
      enabled: true;
      planId: string;
      planName: string;
      status: string | null;
      seats: number | null;
      memberCount: number;
      currentPeriodEnd: Date | null;
      cancelAtPeriodEnd: boolean;
      trialEnd: Date | null;
      mode: AccessMode;
      graceEndsAt: Date | null;
      canManage: boolean;
      plans: {
        id: string;
        name: string;
        price: PlanPrice | null;
        trialDays: number | null;
        limits: PlanLimits;
      }[];
      nextSeatPrice: { amount: number; currency: string } | null;
    };

const notYet = (): never => {
  throw new Error('wip/checkout is not merged yet');
};

export const fetchBillingOverview = createServerFn({ method: 'GET' }).handler(
  async (): Promise<BillingOverview> => ({ enabled: false }),
);
export const startCheckout = createServerFn({ method: 'POST' })
  .validator((data: { planId: string }) => data)
  .handler(async (): Promise<{ url: string }> => notYet());
export const openBillingPortal = createServerFn({ method: 'POST' })
  .validator((data: Record<string, never> | undefined) => data)
  .handler(async (): Promise<{ url: string }> => notYet());
export const cancelSubscriptionAtPeriodEnd = createServerFn({ method: 'POST' })
  .validator((data: Record<string, never> | undefined) => data)
  .handler(async () => notYet());
export const resumeSubscription = createServerFn({ method: 'POST' })
  .validator((data: Record<string, never> | undefined) => data)
  .handler(async () => notYet());
export const resyncOrganizationBilling = createServerFn({ method: 'POST' })
  .validator((data: { organizationId: string }) => data)
  .handler(async () => notYet());
