import { HttpError } from '@kit/errors';
import { buttonVariants } from '@kit/ui/button-variants';
import {
  type ErrorComponentProps,
  Link,
  useMatch,
  useMatches,
  useRouteContext,
  useRouter,
} from '@tanstack/react-router';
import { m } from '~/paraglide/messages';
import { MarketingLayout } from './marketing-layout';

/**
 * The error page (500 and other failures of a page's loading or rendering). It shows only what is safe:
 * a server function's own message (an unexpected failure's names its request id), else a generic text —
 * never the message or stack of an exception thrown in the browser.
 */
export function DefaultCatchBoundary({ error }: ErrorComponentProps) {
  const router = useRouter();
  const matchId = useMatch({ strict: false, select: (match) => match.id });
  // The routes below the root's direct children render inside a layout's frame (the shell, the
  // public pages' bar); an error at the top level brings its own.
  const framed = useMatches({ select: (matches) => matches.findIndex((match) => match.id === matchId) > 1 });
  const content = (
    <div role="alert" className="mx-auto max-w-md py-16 text-center">
      {error instanceof HttpError ? (
        <p className="text-sm font-semibold text-muted-foreground">
          {m.error_code({ status: error.status })}
        </p>
      ) : null}
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{m.error_title()}</h1>
      <p className="mt-4 text-muted-foreground">
        {error instanceof HttpError && error.message ? error.message : m.error_next_step()}
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button type="button" className={buttonVariants()} onClick={() => router.invalidate()}>
          {m.error_try_again()}
        </button>
        <WayBack />
      </div>
    </div>
  );
  return framed ? content : <MarketingLayout>{content}</MarketingLayout>;
}

function WayBack() {
  const { identity } = useRouteContext({ from: '__root__' });
  return identity?.user ? (
    <Link to="/dashboard" className={buttonVariants({ variant: 'outline' })}>
      {m.landing_go_to_dashboard()}
    </Link>
  ) : (
    <Link to="/" className={buttonVariants({ variant: 'outline' })}>
      {m.error_home()}
    </Link>
  );
}
