import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { billingPlans } from '~/billing-plans';
import { useRefreshIdentity } from '~/lib/auth/identity-changes';
import { useOrganizationScope } from '~/lib/query/use-organization-scope';
import type { BillingOverview } from './billing.functions';
import { billingOverviewQuery } from './billing.queries';
import { type CheckoutProgress, type CheckoutReturn, CheckoutReturnNotice } from './checkout-return';
import { PlanCard } from './plan-card';
import { PlansCard } from './plans-card';
import { useBillingAction } from './use-billing-action';

/** How often and how long the page asks whether the checkout's webhook has landed (30 s in all). */
const POLL_MS = 1500;
const MAX_POLLS = 20;

/** Stored by the webhook: the organization left the free plan. */
const subscribed = (overview: BillingOverview | undefined) =>
  overview?.enabled === true && overview.planId !== billingPlans.freePlanId;

/** Organization settings → Billing (the route answers 404 with billing off). */
export function BillingPage({ checkout }: { checkout?: CheckoutReturn }) {
  const queryClient = useQueryClient();
  const scope = useOrganizationScope();
  const refreshIdentity = useRefreshIdentity();
  const action = useBillingAction();
  const waitsForWebhook = checkout === 'success';
  const { data: overview, dataUpdatedAt } = useSuspenseQuery({
    ...billingOverviewQuery(scope),
    refetchInterval: (query) =>
      waitsForWebhook && !subscribed(query.state.data) && query.state.dataUpdateCount < MAX_POLLS
        ? POLL_MS
        : false,
  });
  // Read on each update (`dataUpdatedAt` makes every poll render, also when nothing changed).
  const polls =
    dataUpdatedAt && (queryClient.getQueryState(billingOverviewQuery(scope).queryKey)?.dataUpdateCount ?? 0);
  const progress: CheckoutProgress = subscribed(overview)
    ? 'done'
    : polls >= MAX_POLLS
      ? 'slow'
      : 'processing';
  const done = waitsForWebhook && progress === 'done';
  useEffect(() => {
    // The session's copy of the subscription (banner, plan limits in the UI) follows the new plan.
    if (done) void refreshIdentity();
  }, [done, refreshIdentity]);

  if (!overview.enabled) return null; // the route's guard keeps this from happening
  const onChanged = async () => {
    await queryClient.invalidateQueries({ queryKey: billingOverviewQuery(scope).queryKey });
    await refreshIdentity();
  };
  return (
    <div className="space-y-6">
      {checkout ? (
        <CheckoutReturnNotice checkout={checkout} progress={progress} planName={overview.planName} />
      ) : null}
      <PlanCard overview={overview} action={action} onChanged={onChanged} />
      <PlansCard overview={overview} action={action} />
    </div>
  );
}
