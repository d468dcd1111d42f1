import { buttonVariants } from '@kit/ui/button-variants';
import { createFileRoute, Link } from '@tanstack/react-router';
import { MarketingLayout } from '~/components/marketing-layout';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/')({ component: LandingPage });

function LandingPage() {
  const { identity } = Route.useRouteContext();
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
    </MarketingLayout>
  );
}
