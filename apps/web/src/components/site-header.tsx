import { Button } from '@kit/ui/button';
import { Link, useRouteContext } from '@tanstack/react-router';
import { SignOutButton } from '~/features/account/sign-out-button';
import { AccountSwitcher } from '~/features/organization/account-switcher';

export function SiteHeader() {
  const { auth } = useRouteContext({ from: '__root__' });
  return (
    <header className="border-b border-border">
      <div className="mx-auto flex h-14 w-full max-w-5xl items-center gap-4 px-4">
        <Link to="/" className="font-semibold tracking-tight">
          Kit
        </Link>
        <nav aria-label="Main" className="flex flex-1 items-center gap-3 text-sm">
          {auth.user ? (
            <>
              <Link
                to="/dashboard"
                activeProps={{ className: 'font-medium text-foreground' }}
                className="text-muted-foreground hover:text-foreground"
              >
                Dashboard
              </Link>
              <Link
                to="/settings/profile"
                activeProps={{ className: 'font-medium text-foreground' }}
                className="text-muted-foreground hover:text-foreground"
              >
                Settings
              </Link>
              {auth.user.isAdmin ? (
                <Link
                  to="/admin"
                  activeProps={{ className: 'font-medium text-foreground' }}
                  className="text-muted-foreground hover:text-foreground"
                >
                  Admin
                </Link>
              ) : null}
            </>
          ) : null}
        </nav>
        {auth.user ? (
          <div className="flex items-center gap-2">
            <AccountSwitcher />
            <SignOutButton />
          </div>
        ) : (
          <div className="flex items-center gap-2">
            <Button asChild variant="ghost" size="sm">
              <Link to="/auth/sign-in">Sign in</Link>
            </Button>
            <Button asChild size="sm">
              <Link to="/auth/sign-up">Sign up</Link>
            </Button>
          </div>
        )}
      </div>
    </header>
  );
}
