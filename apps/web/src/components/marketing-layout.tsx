import { buttonVariants } from '@kit/ui/button-variants';
import { Link, useRouteContext } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { m } from '~/paraglide/messages';
import { LocaleSelect } from './locale-select';

/**
 * The light frame of public pages: a top bar, a centred column and a footer. No shell code loads here; it
 * reads the session from the route context directly (what `useSession()` wraps) to keep the landing entry
 * small. The identity is missing when the root's own loading failed (the error page).
 */
export function MarketingLayout({ children }: { children: ReactNode }) {
  const { identity } = useRouteContext({ from: '__root__' });
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-border">
        <div className="mx-auto flex h-14 w-full max-w-5xl items-center gap-2 px-4">
          <Link to="/" className="mr-auto font-semibold tracking-tight">
            {m.app_name()}
          </Link>
          <LocaleSelect />
          {identity?.user ? (
            <Link to="/dashboard" className={buttonVariants({ size: 'sm' })}>
              {m.nav_dashboard()}
            </Link>
          ) : (
            <>
              <Link to="/auth/sign-in" className={buttonVariants({ variant: 'ghost', size: 'sm' })}>
                {m.action_sign_in()}
              </Link>
              <Link to="/auth/sign-up" className={buttonVariants({ size: 'sm' })}>
                {m.action_sign_up()}
              </Link>
            </>
          )}
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-border">
        <nav
          aria-label={m.footer_label()}
          className="mx-auto flex w-full max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm text-muted-foreground"
        >
          <span className="mr-auto">{m.app_name()}</span>
          <Link to="/terms" className="hover:text-foreground hover:underline">
            {m.footer_terms()}
          </Link>
          <Link to="/privacy" className="hover:text-foreground hover:underline">
            {m.footer_privacy()}
          </Link>
        </nav>
      </footer>
    </div>
  );
}
