import { buttonVariants } from '@kit/ui/button-variants';
import { Link, useRouteContext } from '@tanstack/react-router';
import { m } from '~/paraglide/messages';
import { MarketingLayout } from './marketing-layout';

/**
 * The 404 page's content. Where a layout route matched part of the address (a signed-in user's
 * /settings/…), it shows inside that layout's shell; at the top level it comes framed (SiteNotFound).
 */
export function NotFound() {
  const { identity } = useRouteContext({ from: '__root__' });
  const signedIn = Boolean(identity?.user);
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-semibold text-muted-foreground">{m.not_found_code()}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{m.not_found_title()}</h1>
      <p className="mt-4 text-muted-foreground">{m.not_found_text()}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        {signedIn ? (
          <Link to="/dashboard" className={buttonVariants()}>
            {m.landing_go_to_dashboard()}
          </Link>
        ) : null}
        <Link to="/" className={buttonVariants({ variant: signedIn ? 'outline' : 'default' })}>
          {m.not_found_home()}
        </Link>
      </div>
    </div>
  );
}

/** An address no route matches: the 404 page in the public pages' frame. */
export function SiteNotFound() {
  return (
    <MarketingLayout>
      <NotFound />
    </MarketingLayout>
  );
}
