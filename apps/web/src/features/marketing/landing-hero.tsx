import { buttonVariants } from '@kit/ui/button-variants';
import { m } from '~/paraglide/messages';

/** The headline and the calls to action: signed in, the way to the dashboard; else sign-up and sign-in. */
export function LandingHero({ signedIn, billing }: { signedIn: boolean; billing: boolean }) {
  return (
    <section className="mx-auto max-w-2xl py-12 text-center sm:py-16">
      <h1 className="text-balance text-4xl font-bold tracking-tight">{m.landing_title()}</h1>
      <p className="mt-4 text-balance text-lg text-muted-foreground">{m.landing_lead()}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        {signedIn ? (
          <a href="/dashboard" className={buttonVariants({ size: 'lg' })}>
            {m.landing_go_to_dashboard()}
          </a>
        ) : (
          <>
            <a href="/auth/sign-up" className={buttonVariants({ size: 'lg' })}>
              {m.landing_create_account()}
            </a>
            <a href="/auth/sign-in" className={buttonVariants({ size: 'lg', variant: 'outline' })}>
              {m.action_sign_in()}
            </a>
          </>
        )}
        {billing ? (
          <a href="#pricing" className={buttonVariants({ size: 'lg', variant: 'ghost' })}>
            {m.landing_see_pricing()}
          </a>
        ) : null}
      </div>
    </section>
  );
}
