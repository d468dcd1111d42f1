import { useSession } from '@kit/better-auth/react';
import { Button } from '@kit/ui/button';
import { useState } from 'react';
import { useLoadedAfterHydration } from '~/lib/use-loaded-after-hydration';
import { m } from '~/paraglide/messages';
import { AccountLabel } from './account-label';

// The menu's Radix code is the largest part of a signed-in page's JavaScript: it loads right after
// hydration instead of with the page. Until then the trigger is a plain button that looks the same.
const loadMenu = () => import('./account-switcher-menu');

export function AccountSwitcher({ className }: { className?: string }) {
  const { organizations, activeOrganizationId } = useSession();
  const menu = useLoadedAfterHydration(loadMenu);
  const [openWhenLoaded, setOpenWhenLoaded] = useState(false);

  const active = organizations.find((org) => org.id === activeOrganizationId);
  const label = active?.name ?? m.switcher_personal();
  const placeholder = (
    <Button
      variant="outline"
      size="sm"
      aria-label={m.switcher_aria({ name: label })}
      aria-haspopup="menu"
      data-testid="account-switcher"
      isLoading={openWhenLoaded}
      className={className}
      onClick={() => setOpenWhenLoaded(true)}
    >
      <AccountLabel label={label} seed={active?.id} />
    </Button>
  );
  if (!menu) return placeholder;
  return (
    <menu.default label={label} activeId={active?.id} defaultOpen={openWhenLoaded} className={className} />
  );
}
