import { Button } from '@kit/ui/button';
import { createFileRoute, Link } from '@tanstack/react-router';
import { MarketingLayout } from '~/components/marketing-layout';

export const Route = createFileRoute('/')({ component: LandingPage });

function LandingPage() {
  const { auth } = Route.useRouteContext();
  return (
    <MarketingLayout>
      <section className="mx-auto max-w-2xl py-16 text-center">
        <h1 className="text-4xl font-bold tracking-tight">Ship your SaaS, not its plumbing</h1>
        <p className="mt-4 text-lg text-muted-foreground">
          Sign-up, sessions, organizations and an admin panel — secure by default, ready to fork.
        </p>
        <div className="mt-8 flex justify-center gap-3">
          {auth.user ? (
            <Button asChild size="lg">
              <Link to="/dashboard">Go to your dashboard</Link>
            </Button>
          ) : (
            <>
              <Button asChild size="lg">
                <Link to="/auth/sign-up">Create an account</Link>
              </Button>
              <Button asChild size="lg" variant="outline">
                <Link to="/auth/sign-in">Sign in</Link>
              </Button>
            </>
          )}
        </div>
      </section>
    </MarketingLayout>
  );
}
