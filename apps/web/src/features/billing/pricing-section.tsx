// The landing page's pricing, generated from the plan file. Rendered to static markup on the server with
// the rest of the page (features/marketing/landing.functions.ts): no code of it reaches the browser.
import { billingPlans } from '~/billing-plans';
import { formatNumber } from '~/lib/i18n/format';
import { m } from '~/paraglide/messages';
import { limitTexts, priceText } from './plan-text';

export function PricingSection() {
  const plans = Object.entries(billingPlans.plans);
  return (
    <section
      id="pricing"
      aria-labelledby="pricing-title"
      className="mx-auto max-w-4xl pb-16"
      data-testid="pricing"
    >
      <h2 id="pricing-title" className="text-center text-2xl font-bold tracking-tight">
        {m.pricing_title()}
      </h2>
      <p className="mt-2 text-center text-muted-foreground">{m.pricing_lead()}</p>
      <ul className="mt-8 grid gap-4 md:grid-cols-3">
        {plans.map(([id, plan]) => (
          <li
            key={id}
            aria-labelledby={`pricing-${id}`}
            className="rounded-lg border border-border bg-card p-6 text-card-foreground shadow-sm"
          >
            <h3 id={`pricing-${id}`} className="text-lg font-semibold">
              {plan.name}
            </h3>
            <p className="mt-1 text-sm text-muted-foreground">{priceText(plan.price)}</p>
            <ul className="mt-4 space-y-1 text-sm">
              {plan.trialDays ? (
                <li>{m.billing_trial_days({ days: formatNumber(plan.trialDays) })}</li>
              ) : null}
              {plan.price?.perSeat ? <li>{m.pricing_per_seat_note()}</li> : null}
              {limitTexts(plan.limits).map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
