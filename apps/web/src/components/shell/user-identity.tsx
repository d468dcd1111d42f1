import type { IdentityUser } from '@kit/better-auth/identity';
import { Avatar } from '@kit/ui/avatar';

export const userMenuTriggerClass =
  'flex w-full min-w-0 items-center gap-3 rounded-md p-2 text-left hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring';

/** Avatar, name and email: what the user menu's trigger shows. */
export function UserIdentity({ user }: { user: IdentityUser }) {
  return (
    <>
      <Avatar name={user.name} email={user.email} image={user.image} seed={user.id} />
      <span className="min-w-0 flex-1">
        <span className="block truncate text-sm font-medium">{user.name}</span>
        <span className="block truncate text-xs text-muted-foreground">{user.email}</span>
      </span>
    </>
  );
}
