import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { FormField } from '@kit/ui/form-field';
import { Label } from '@kit/ui/label';
import { NativeSelect } from '@kit/ui/native-select';
import { toast } from '@kit/ui/toast';
import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { errorMessage } from '~/lib/errors';
import { useReloadingMutation } from '~/lib/use-reloading-mutation';
import { banUser, deleteUser, impersonateUser, setUserRole, unbanUser } from './user-actions.functions';

interface Profile {
  id: string;
  name: string;
  role: string | null;
  banned: boolean | null;
}

export function RoleCard({ profile }: { profile: Profile }) {
  const setRoleFn = useServerFn(setUserRole);
  const mutation = useReloadingMutation(setRoleFn, 'Role saved.');
  const [role, setRole] = useState(profile.role === 'admin' ? 'admin' : 'user');
  return (
    <Card>
      <CardHeader>
        <CardTitle>App role</CardTitle>
        <CardDescription>
          Admins can open this panel. Organization roles are set by each organization.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            mutation.mutate({ data: { userId: profile.id, role: role === 'admin' ? 'admin' : 'user' } });
          }}
        >
          <div className="grid gap-2">
            <Label htmlFor="app-role">Role</Label>
            <NativeSelect
              id="app-role"
              value={role}
              onChange={(event) => setRole(event.target.value)}
              className="w-40"
            >
              <option value="user">user</option>
              <option value="admin">admin</option>
            </NativeSelect>
          </div>
          <Button type="submit" variant="secondary" isLoading={mutation.isPending}>
            Save role
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}

export function BanCard({
  profile,
  banReason,
  banExpires,
}: {
  profile: Profile;
  banReason: string | null;
  banExpires: Date | null;
}) {
  const banFn = useServerFn(banUser);
  const unbanFn = useServerFn(unbanUser);
  const ban = useReloadingMutation(banFn, 'User banned. All of their sessions ended.');
  const unban = useReloadingMutation(unbanFn, 'Ban lifted.');
  const [reasonError, setReasonError] = useState<string | undefined>();
  if (profile.banned) {
    return (
      <Card className="border-destructive/40">
        <CardHeader>
          <CardTitle>Banned</CardTitle>
          <CardDescription>
            Reason: {banReason ?? 'none given'}.{' '}
            {banExpires ? `Lifts on ${new Date(banExpires).toLocaleString()}.` : 'Until an admin lifts it.'}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <Button
            variant="outline"
            isLoading={unban.isPending}
            onClick={() => unban.mutate({ data: { userId: profile.id } })}
          >
            Lift the ban
          </Button>
        </CardContent>
      </Card>
    );
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle>Ban</CardTitle>
        <CardDescription>
          A ban signs the user out everywhere at once and refuses sign-in until it lifts.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          aria-label="Ban user"
          className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            const reason = String(form.get('reason') ?? '').trim();
            const days = String(form.get('expiresInDays') ?? '').trim();
            if (!reason) {
              setReasonError('Give a reason; the user sees it.');
              return;
            }
            setReasonError(undefined);
            ban.mutate({
              data: { userId: profile.id, reason, expiresInDays: days ? Number(days) : undefined },
            });
          }}
        >
          <FormField label="Reason" name="reason" error={reasonError} />
          <FormField
            label="Days (empty: until lifted)"
            name="expiresInDays"
            type="number"
            min={1}
            max={3650}
          />
          <Button type="submit" variant="destructive" isLoading={ban.isPending}>
            Ban user
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}

export function ImpersonateCard({ profile }: { profile: Profile }) {
  const impersonateFn = useServerFn(impersonateUser);
  const [pending, setPending] = useState(false);
  if (profile.role === 'admin') return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Impersonate</CardTitle>
        <CardDescription>
          See the app as {profile.name} for up to one hour. A banner shows on every page until you stop.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Button
          variant="outline"
          isLoading={pending}
          onClick={async () => {
            setPending(true);
            try {
              await impersonateFn({ data: { userId: profile.id } });
              // A new session cookie: start the app afresh as that user.
              window.location.assign('/dashboard');
            } catch (error) {
              setPending(false);
              toast.error(errorMessage(error));
            }
          }}
        >
          Impersonate {profile.name}
        </Button>
      </CardContent>
    </Card>
  );
}

export function DeleteUserCard({
  profile,
  soleOwnedOrganizations,
}: {
  profile: Profile;
  soleOwnedOrganizations: Array<{ id: string; name: string }>;
}) {
  const deleteFn = useServerFn(deleteUser);
  const [confirming, setConfirming] = useState(false);
  const [deleteOrganizations, setDeleteOrganizations] = useState(false);
  const [pending, setPending] = useState(false);
  const blocked = soleOwnedOrganizations.length > 0 && !deleteOrganizations;
  return (
    <Card className="border-destructive/40">
      <CardHeader>
        <CardTitle>Delete user</CardTitle>
        <CardDescription>
          Deletes the account, its sessions and memberships. It cannot be undone.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        {soleOwnedOrganizations.length > 0 ? (
          <div className="rounded-md border border-border p-3 text-sm">
            <p>
              {profile.name} is the only owner of:{' '}
              <strong>{soleOwnedOrganizations.map((org) => org.name).join(', ')}</strong>. These would be left
              without an owner: delete them too, or have their ownership transferred first.
            </p>
            <label className="mt-2 flex items-center gap-2">
              <input
                type="checkbox"
                checked={deleteOrganizations}
                onChange={(event) => setDeleteOrganizations(event.target.checked)}
              />
              Also delete {soleOwnedOrganizations.length === 1 ? 'this organization' : 'these organizations'}
            </label>
          </div>
        ) : null}
        {confirming ? (
          <div className="flex gap-2">
            <Button
              variant="destructive"
              isLoading={pending}
              disabled={blocked}
              onClick={async () => {
                setPending(true);
                try {
                  await deleteFn({
                    data: { userId: profile.id, deleteOwnedOrganizations: deleteOrganizations },
                  });
                  toast.success(`${profile.name} was deleted.`);
                  window.location.assign('/admin/users');
                } catch (error) {
                  setPending(false);
                  toast.error(errorMessage(error));
                }
              }}
            >
              Delete {profile.name} for good
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        ) : (
          <Button variant="destructive" disabled={blocked} onClick={() => setConfirming(true)}>
            Delete user…
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
