import { Link, useRouteContext } from '@tanstack/react-router';
import { SignOutButton } from '~/features/account/sign-out-button';
import { AccountSwitcher } from '~/features/organization/account-switcher';

/** The header of signed-in pages: navigation, the account switcher and sign-out. */
export function AppHeader() {
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
        <div className="flex items-center gap-2">
          <AccountSwitcher />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
