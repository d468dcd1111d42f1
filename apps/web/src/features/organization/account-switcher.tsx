import { Button } from '@kit/ui/button';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useLoadedAfterHydration } from '~/lib/use-loaded-after-hydration';
import { m } from '~/paraglide/messages';
import { accountContextQuery } from './account.queries';

// The menu's Radix code is the largest part of a signed-in page's JavaScript: it loads right after
// hydration instead of with the page. Until then the trigger is a plain button that looks the same.
const loadMenu = () => import('./account-switcher-menu');
const AccountSwitcherMenu = lazy(loadMenu);

export function AccountSwitcher({ className }: { className?: string }) {
  const { data, isPending } = useQuery(accountContextQuery());
  const menuLoaded = useLoadedAfterHydration(loadMenu);
  const [openWhenLoaded, setOpenWhenLoaded] = useState(false);

  const active = data?.organizations.find((org) => org.id === data.activeOrganizationId);
  const label = isPending ? m.switcher_loading() : (active?.name ?? m.switcher_personal());
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
      <span className="truncate">{label}</span>
    </Button>
  );
  if (!menuLoaded) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <AccountSwitcherMenu label={label} defaultOpen={openWhenLoaded} className={className} />
    </Suspense>
  );
}
