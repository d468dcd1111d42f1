import { buttonVariants } from '@kit/ui/button-variants';
import { Link, useRouteContext } from '@tanstack/react-router';

/** The light top bar of public pages: no account menus, nothing that signed-in pages need. */
export function MarketingHeader() {
  const { auth } = useRouteContext({ from: '__root__' });
  return (
    <header className="border-b border-border">
      <div className="mx-auto flex h-14 w-full max-w-5xl items-center justify-between gap-4 px-4">
        <Link to="/" className="font-semibold tracking-tight">
          Kit
        </Link>
        <nav aria-label="Main" className="flex items-center gap-2">
          {auth.user ? (
            <Link to="/dashboard" className={buttonVariants({ size: 'sm' })}>
              Dashboard
            </Link>
          ) : (
            <>
              <Link to="/auth/sign-in" className={buttonVariants({ variant: 'ghost', size: 'sm' })}>
                Sign in
              </Link>
              <Link to="/auth/sign-up" className={buttonVariants({ size: 'sm' })}>
                Sign up
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
