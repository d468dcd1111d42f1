import { useSession } from '@kit/better-auth/react';
import { Avatar } from '@kit/ui/avatar';
import { Button } from '@kit/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@kit/ui/dropdown-menu';
import { toast } from '@kit/ui/toast';
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useRouter } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { applyIdentity } from '~/lib/auth/identity-changes';
import { errorMessage } from '~/lib/errors';
import { m } from '~/paraglide/messages';
import { AccountLabel } from './account-label';
import { switchAccount } from './organizations.functions';

const PERSONAL = 'personal';

interface AccountSwitcherMenuProps {
  label: string;
  /** The active organization's id (its avatar's colour); none on the personal account. */
  activeId: string | undefined;
  /** Open at once: the user pressed the trigger before this menu had loaded. */
  defaultOpen: boolean;
  className?: string;
}

/** The switcher's menu (Radix), loaded after the page is interactive: see `account-switcher.tsx`. */
export default function AccountSwitcherMenu({
  label,
  activeId,
  defaultOpen,
  className,
}: AccountSwitcherMenuProps) {
  const navigate = useNavigate();
  const router = useRouter();
  const { organizations, activeOrganizationId } = useSession();
  const switchAccountFn = useServerFn(switchAccount);
  const mutation = useMutation({
    mutationFn: (organizationId: string | null) => switchAccountFn({ data: { organizationId } }),
    // The answer is the new identity: one request, no reload. The page re-runs with it, and the previous
    // organization's queries are dropped.
    onSuccess: async (identity) => {
      const now = identity.organizations.find((org) => org.id === identity.activeOrganizationId);
      toast.success(now ? m.switcher_now_in({ name: now.name }) : m.switcher_now_personal());
      await applyIdentity(router, identity);
    },
    onError: (error) => toast.error(errorMessage(error)),
  });

  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>
        <Button
          variant="outline"
          size="sm"
          aria-label={m.switcher_aria({ name: label })}
          data-testid="account-switcher"
          isLoading={mutation.isPending}
          className={className}
        >
          <AccountLabel label={label} seed={activeId} />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel>{m.switcher_heading()}</DropdownMenuLabel>
        <DropdownMenuRadioGroup
          value={activeOrganizationId ?? PERSONAL}
          onValueChange={(value) => mutation.mutate(value === PERSONAL ? null : value)}
        >
          <DropdownMenuRadioItem value={PERSONAL}>{m.switcher_personal()}</DropdownMenuRadioItem>
          {organizations.map((org) => (
            <DropdownMenuRadioItem key={org.id} value={org.id}>
              <Avatar name={org.name} seed={org.id} className="size-5 rounded-md text-[10px]" />
              <span className="truncate">{org.name}</span>
              <span className="ml-auto pl-2 text-xs text-muted-foreground">{org.role}</span>
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => navigate({ to: '/organizations/new' })}>
          {m.switcher_create_organization()}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
