import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { toast } from '@kit/ui/toast';
import { useServerFn } from '@tanstack/react-start';
import { formatDate, formatNumber } from '~/lib/i18n/format';
import { m } from '~/paraglide/messages';
import {
  type BillingOverview,
  cancelSubscriptionAtPeriodEnd,
  openBillingPortal,
  resumeSubscription,
} from './billing.functions';
import { freePlanName } from './plan-access';
import { limitTexts, statusText } from './plan-text';
import type { useBillingAction } from './use-billing-action';

type Overview = Extract<BillingOverview, { enabled: true }>;

const LIVE = new Set(['trialing', 'active', 'past_due', 'unpaid', 'incomplete']);

/** What the organization has now: plan, status, the dates that matter, seats; the buttons for managers. */
export function PlanCard({
  overview,
  action,
  onChanged,
}: {
  overview: Overview;
  action: ReturnType<typeof useBillingAction>;
  onChanged: () => Promise<void>;
}) {
  const portalFn = useServerFn(openBillingPortal);
  const cancelFn = useServerFn(cancelSubscriptionAtPeriodEnd);
  const resumeFn = useServerFn(resumeSubscription);
  const plan = overview.plans.find((candidate) => candidate.id === overview.planId);
  const live = overview.status !== null && LIVE.has(overview.status);
  const perSeat = plan?.price?.perSeat ?? false;
  return (
    <Card data-testid="billing-plan">
      <CardHeader>
        <CardTitle>{m.billing_plan_title()}</CardTitle>
        <CardDescription>{m.billing_plan_description()}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-muted-foreground">{m.billing_plan_title()}</dt>
          <dd className="font-medium" data-testid="billing-plan-name">
            {m.billing_plan_name({ plan: overview.planName })}
          </dd>
          <dt className="text-muted-foreground">{m.billing_status_label()}</dt>
          <dd data-testid="billing-status">{statusText(overview.status)}</dd>
          <dt className="text-muted-foreground">
            {perSeat ? m.billing_seats_label() : m.billing_members_label()}
          </dt>
          <dd>
            {perSeat && overview.seats !== null
              ? m.billing_seats_value({
                  seats: formatNumber(overview.seats),
                  members: formatNumber(overview.memberCount),
                })
              : formatNumber(overview.memberCount)}
          </dd>
          {plan ? (
            <>
              <dt className="text-muted-foreground">{m.billing_limits_label()}</dt>
              <dd>{limitTexts(plan.limits).join(' · ')}</dd>
            </>
          ) : null}
        </dl>
        <p className="text-sm" data-testid="billing-period">
          {periodText(overview, live)}
        </p>
        {overview.canManage && overview.status !== null ? (
          <div className="flex flex-wrap gap-2">
            <Button
              variant="outline"
              isLoading={action.pending === 'portal'}
              disabled={action.pending !== null}
              onClick={() => action.run('portal', () => portalFn({ data: {} }))}
            >
              {m.billing_manage()}
            </Button>
            {live && !overview.cancelAtPeriodEnd && overview.status !== 'incomplete' ? (
              <Button
                variant="outline"
                isLoading={action.pending === 'cancel'}
                disabled={action.pending !== null}
                onClick={() =>
                  action.run('cancel', async () => {
                    await cancelFn({ data: {} });
                    await onChanged();
                    toast.success(m.billing_canceled_toast());
                    return undefined;
                  })
                }
              >
                {m.billing_cancel()}
              </Button>
            ) : null}
            {live && overview.cancelAtPeriodEnd ? (
              <Button
                isLoading={action.pending === 'resume'}
                disabled={action.pending !== null}
                onClick={() =>
                  action.run('resume', async () => {
                    await resumeFn({ data: {} });
                    await onChanged();
                    toast.success(m.billing_resumed_toast());
                    return undefined;
                  })
                }
              >
                {m.billing_resume()}
              </Button>
            ) : null}
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}

/** The one date that matters now: the trial's end, the grace period's, the renewal or the end. */
function periodText(overview: Overview, live: boolean): string {
  const free = freePlanName();
  if (overview.mode === 'read-only') return m.billing_read_only();
  if (overview.mode === 'grace' && overview.graceEndsAt) {
    return m.billing_grace({ date: formatDate(overview.graceEndsAt) });
  }
  if (!live) {
    return overview.status === null ? m.billing_free_note({ free }) : m.billing_canceled_note({ free });
  }
  if (overview.cancelAtPeriodEnd && overview.currentPeriodEnd) {
    return m.billing_ends_on({ date: formatDate(overview.currentPeriodEnd), free });
  }
  if (overview.status === 'trialing' && overview.trialEnd) {
    return m.billing_trial_ends({ date: formatDate(overview.trialEnd) });
  }
  return overview.currentPeriodEnd
    ? m.billing_renews_on({ date: formatDate(overview.currentPeriodEnd) })
    : '';
}
