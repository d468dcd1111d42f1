import { Sheet, SheetContent } from '@kit/ui/sheet';
import type { ComponentProps } from 'react';
import { m } from '~/paraglide/messages';
import { SidebarBody } from './sidebar-body';

/** The sidebar as a modal drawer under 768 px. Loaded on first open, so no page pays for it upfront. */
export default function MobileNavDrawer({
  open,
  onOpenChange,
  returnFocusTo,
  ...body
}: Omit<ComponentProps<typeof SidebarBody>, 'onNavigate'> & {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocusTo: () => HTMLElement | null;
}) {
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent
        title={m.shell_navigation()}
        closeLabel={m.shell_close_navigation()}
        data-testid="nav-drawer"
        onCloseAutoFocus={(event) => {
          // The drawer has no Radix trigger (it is loaded lazily): give focus back to the menu button.
          event.preventDefault();
          returnFocusTo()?.focus();
        }}
      >
        <SidebarBody {...body} onNavigate={() => onOpenChange(false)} />
      </SheetContent>
    </Sheet>
  );
}
