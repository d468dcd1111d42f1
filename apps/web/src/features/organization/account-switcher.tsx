import { Button } from '@kit/ui/button';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { accountContextQuery } from './account.queries';

// The menu's Radix code is the largest part of a signed-in page's JavaScript: it loads right after
// hydration instead of with the page. Until then the trigger is a plain button that looks the same.
const loadMenu = () => import('./account-switcher-menu');
const AccountSwitcherMenu = lazy(loadMenu);

export function AccountSwitcher() {
  const { data, isPending } = useQuery(accountContextQuery());
  const [menuLoaded, setMenuLoaded] = useState(false);
  const [openWhenLoaded, setOpenWhenLoaded] = useState(false);
  useEffect(() => {
    void loadMenu().then(() => setMenuLoaded(true));
  }, []);

  const active = data?.organizations.find((org) => org.id === data.activeOrganizationId);
  const label = isPending ? 'Loading…' : (active?.name ?? 'Personal account');
  const placeholder = (
    <Button
      variant="outline"
      size="sm"
      aria-label={`Account: ${label}. Switch account`}
      aria-haspopup="menu"
      data-testid="account-switcher"
      isLoading={openWhenLoaded}
      onClick={() => setOpenWhenLoaded(true)}
    >
      {label}
    </Button>
  );
  if (!menuLoaded) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <AccountSwitcherMenu label={label} defaultOpen={openWhenLoaded} />
    </Suspense>
  );
}
