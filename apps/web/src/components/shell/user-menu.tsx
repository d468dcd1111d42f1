import { useSession } from '@kit/better-auth/react';
import { useState } from 'react';
import { useLoadedAfterHydration } from '~/lib/use-loaded-after-hydration';
import { UserIdentity, userMenuTriggerClass } from './user-identity';

// Radix's menu is most of a signed-in page's JavaScript: it loads right after hydration, and until
// then the trigger is a plain button that looks the same (pressing it opens the menu once loaded).
const loadDropdown = () => import('./user-menu-dropdown');

/** The signed-in person: avatar, name and email; opens their settings, theme, language and sign-out. */
export function UserMenu() {
  const auth = useSession();
  const dropdown = useLoadedAfterHydration(loadDropdown);
  const [openWhenLoaded, setOpenWhenLoaded] = useState(false);
  if (!auth.user) return null;
  const placeholder = (
    <button
      type="button"
      data-testid="user-menu"
      aria-haspopup="menu"
      aria-busy={openWhenLoaded || auth.isPending || undefined}
      className={userMenuTriggerClass}
      onClick={() => setOpenWhenLoaded(true)}
    >
      <UserIdentity user={auth.user} />
    </button>
  );
  if (!dropdown) return placeholder;
  return <dropdown.default defaultOpen={openWhenLoaded} />;
}
