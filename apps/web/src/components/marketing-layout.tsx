import { Button } from '@kit/ui/button';
import { Link, useRouteContext } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { m } from '~/paraglide/messages';
import { LocaleSelect } from './locale-select';

/** The light frame of public pages: a top bar and a centred column. No shell code loads here. */
export function MarketingLayout({ children }: { children: ReactNode }) {
  const { auth } = useRouteContext({ from: '__root__' });
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-border">
        <div className="mx-auto flex h-14 w-full max-w-5xl items-center gap-2 px-4">
          <Link to="/" className="mr-auto font-semibold tracking-tight">
            {m.app_name()}
          </Link>
          <LocaleSelect />
          {auth.user ? (
            <Button asChild size="sm">
              <Link to="/dashboard">{m.nav_dashboard()}</Link>
            </Button>
          ) : (
            <>
              <Button asChild variant="ghost" size="sm">
                <Link to="/auth/sign-in">{m.action_sign_in()}</Link>
              </Button>
              <Button asChild size="sm">
                <Link to="/auth/sign-up">{m.action_sign_up()}</Link>
              </Button>
            </>
          )}
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
    </div>
  );
}
