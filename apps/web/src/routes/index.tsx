import { buttonVariants } from '@kit/ui/button-variants';
import { createFileRoute, Link } from '@tanstack/react-router';
import { MarketingLayout } from '~/components/marketing-layout';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/')({
  // The pricing section comes as markup rendered on the server (features/billing/pricing.functions.ts),
  // so none of its code is in this page's JavaScript. Only a client-side navigation here fetches it.
  loader: async ({ context }) => {
    if (!context.identity.billingEnabled) return null;
    const { fetchPricingHtml } = await import('~/features/billing/pricing.functions');
    return fetchPricingHtml();
  },
  component: LandingPage,
});

function LandingPage() {
  const { identity } = Route.useRouteContext();
  const pricing = Route.useLoaderData();
  return (
    <MarketingLayout>
      <section className="mx-auto max-w-2xl py-16 text-center">
        <h1 className="text-4xl font-bold tracking-tight">{m.landing_title()}</h1>
        <p className="mt-4 text-lg text-muted-foreground">{m.landing_lead()}</p>
        <div className="mt-8 flex justify-center gap-3">
          {identity.user ? (
            <Link to="/dashboard" className={buttonVariants({ size: 'lg' })}>
              {m.landing_go_to_dashboard()}
            </Link>
          ) : (
            <>
              <Link to="/auth/sign-up" className={buttonVariants({ size: 'lg' })}>
                {m.landing_create_account()}
              </Link>
              <Link to="/auth/sign-in" className={buttonVariants({ size: 'lg', variant: 'outline' })}>
                {m.action_sign_in()}
              </Link>
            </>
          )}
        </div>
      </section>
      {pricing ? (
        // Markup React rendered on the server from the plan file and the messages (escaped there); no
        // visitor input. On hydration React leaves it as it is.
        <div dangerouslySetInnerHTML={{ __html: pricing }} />
      ) : null}
    </MarketingLayout>
  );
}
