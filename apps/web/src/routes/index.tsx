import { buttonVariants } from '@kit/ui/button-variants';
import { createFileRoute, Link } from '@tanstack/react-router';
import { PublicLayout } from '~/components/public-layout';

export const Route = createFileRoute('/')({ component: LandingPage });

function LandingPage() {
  const { auth } = Route.useRouteContext();
  return (
    <PublicLayout>
      <section className="mx-auto max-w-2xl py-16 text-center">
        <h1 className="text-4xl font-bold tracking-tight">Ship your SaaS, not its plumbing</h1>
        <p className="mt-4 text-lg text-muted-foreground">
          Sign-up, sessions, organizations and an admin panel — secure by default, ready to fork.
        </p>
        <div className="mt-8 flex justify-center gap-3">
          {auth.user ? (
            <Link to="/dashboard" className={buttonVariants({ size: 'lg' })}>
              Go to your dashboard
            </Link>
          ) : (
            <>
              <Link to="/auth/sign-up" className={buttonVariants({ size: 'lg' })}>
                Create an account
              </Link>
              <Link to="/auth/sign-in" className={buttonVariants({ size: 'lg', variant: 'outline' })}>
                Sign in
              </Link>
            </>
          )}
        </div>
      </section>
    </PublicLayout>
  );
}
