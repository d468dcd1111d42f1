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
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { errorMessage } from '~/lib/errors';
import { m } from '~/paraglide/messages';
import { accountContextQuery } from './account.queries';
import { ORGANIZATION_SCOPE } from './account-query-keys';
import { switchAccount } from './organization.functions';

const PERSONAL = 'personal';

interface AccountSwitcherMenuProps {
  label: string;
  /** Open at once: the user pressed the trigger before this menu had loaded. */
  defaultOpen: boolean;
  className?: string;
}

/** The switcher's menu (Radix), loaded after the page is interactive: see `account-switcher.tsx`. */
export default function AccountSwitcherMenu({ label, defaultOpen, className }: AccountSwitcherMenuProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data } = useQuery(accountContextQuery());
  const switchAccountFn = useServerFn(switchAccount);
  const mutation = useMutation({
    mutationFn: (organizationId: string | null) => switchAccountFn({ data: { organizationId } }),
    // The answer is the new account summary: one request, no reload. Pages showing the previous
    // organization's data refetch theirs; nothing else does.
    onSuccess: async (summary) => {
      queryClient.setQueryData(accountContextQuery().queryKey, summary);
      const now = summary.organizations.find((org) => org.id === summary.activeOrganizationId);
      toast.success(now ? m.switcher_now_in({ name: now.name }) : m.switcher_now_personal());
      await queryClient.invalidateQueries({ queryKey: ORGANIZATION_SCOPE });
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
          <span className="truncate">{label}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel>{m.switcher_heading()}</DropdownMenuLabel>
        <DropdownMenuRadioGroup
          value={data?.activeOrganizationId ?? PERSONAL}
          onValueChange={(value) => mutation.mutate(value === PERSONAL ? null : value)}
        >
          <DropdownMenuRadioItem value={PERSONAL}>{m.switcher_personal()}</DropdownMenuRadioItem>
          {data?.organizations.map((org) => (
            <DropdownMenuRadioItem key={org.id} value={org.id}>
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
