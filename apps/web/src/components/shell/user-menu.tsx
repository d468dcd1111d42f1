import { Avatar } from '@kit/ui/avatar';
import { useRouteContext } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useState } from 'react';
import { USER_MENU_TRIGGER } from './user-menu-trigger';

// The menu's Radix code loads right after hydration, not with the page; until then the trigger is a
// plain button that looks the same, and a click on it opens the menu as soon as it has loaded.
const loadDropdown = () => import('./user-menu-dropdown');
const UserMenuDropdown = lazy(loadDropdown);

/** The signed-in person: avatar, name and email; opens their settings, theme, language and sign-out. */
export function UserMenu() {
  const { auth } = useRouteContext({ from: '__root__' });
  const [loaded, setLoaded] = useState(false);
  const [openWhenLoaded, setOpenWhenLoaded] = useState(false);
  useEffect(() => {
    void loadDropdown().then(() => setLoaded(true));
  }, []);
  if (!auth.user) return null;
  const { name, email, image } = auth.user;
  const face = (
    <>
      <Avatar name={name} image={image} />
      <span className="min-w-0 flex-1">
        <span className="block truncate text-sm font-medium">{name}</span>
        <span className="block truncate text-xs text-muted-foreground">{email}</span>
      </span>
    </>
  );
  const placeholder = (
    <button
      type="button"
      data-testid="user-menu"
      aria-haspopup="menu"
      aria-busy={openWhenLoaded || undefined}
      className={USER_MENU_TRIGGER}
      onClick={() => setOpenWhenLoaded(true)}
    >
      {face}
    </button>
  );
  if (!loaded) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <UserMenuDropdown trigger={face} email={email} defaultOpen={openWhenLoaded} />
    </Suspense>
  );
}
