import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { useServerFn } from '@tanstack/react-start';
import { formatNumber } from '~/lib/i18n/format';
import { m } from '~/paraglide/messages';
import { type BillingOverview, startCheckout } from './billing.functions';
import { limitTexts, priceText } from './plan-text';
import type { useBillingAction } from './use-billing-action';

type Overview = Extract<BillingOverview, { enabled: true }>;

/** Every plan of the plan file; managers get a checkout button on each paid plan they are not on. */
export function PlansCard({
  overview,
  action,
}: {
  overview: Overview;
  action: ReturnType<typeof useBillingAction>;
}) {
  const checkoutFn = useServerFn(startCheckout);
  const onPaidPlan = overview.plans.some((plan) => plan.id === overview.planId && plan.price !== null);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{m.billing_plans_title()}</CardTitle>
        <CardDescription>
          {overview.canManage ? m.billing_plans_can_manage() : m.billing_plans_read_only()}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="grid gap-4 md:grid-cols-3">
          {overview.plans.map((plan) => {
            const current = plan.id === overview.planId;
            const headingId = `plan-${plan.id}`;
            return (
              <li
                key={plan.id}
                aria-labelledby={headingId}
                className="flex flex-col gap-3 rounded-md border border-border p-4 data-[current]:border-primary"
                data-current={current || undefined}
              >
                <div>
                  <h3 id={headingId} className="font-semibold">
                    {plan.name}
                  </h3>
                  <p className="text-sm text-muted-foreground">{priceText(plan.price)}</p>
                  {plan.trialDays && !current ? (
                    <p className="text-sm text-muted-foreground">
                      {m.billing_trial_days({ days: formatNumber(plan.trialDays) })}
                    </p>
                  ) : null}
                </div>
                <ul className="flex-1 space-y-1 text-sm">
                  {limitTexts(plan.limits).map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
                {current ? (
                  <p className="text-sm font-medium">{m.billing_current_plan()}</p>
                ) : overview.canManage && plan.price ? (
                  <Button
                    isLoading={action.pending === `checkout:${plan.id}`}
                    disabled={action.pending !== null}
                    onClick={() =>
                      action.run(`checkout:${plan.id}`, () => checkoutFn({ data: { planId: plan.id } }))
                    }
                  >
                    {onPaidPlan
                      ? m.billing_switch_to({ plan: plan.name })
                      : m.billing_upgrade_to({ plan: plan.name })}
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      </CardContent>
    </Card>
  );
}
