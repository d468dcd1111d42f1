import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { ConfirmDialog } from '@kit/ui/confirm-dialog';
import { FormField } from '@kit/ui/form-field';
import { Label } from '@kit/ui/label';
import { SimpleSelect } from '@kit/ui/select';
import { toast } from '@kit/ui/toast';
import { useServerFn } from '@tanstack/react-start';
import { useRef, useState } from 'react';
import { useIdentityChanged } from '~/lib/auth/identity-changes';
import { errorMessage } from '~/lib/errors';
import { formatDateTime } from '~/lib/i18n/format';
import { roleLabel } from '~/lib/i18n/role-label';
import { useReloadingMutation } from '~/lib/use-reloading-mutation';
import { m } from '~/paraglide/messages';
import { getLocale } from '~/paraglide/runtime';
import { banUser, deleteUser, impersonateUser, setUserRole, unbanUser } from './user-actions.functions';

interface Profile {
  id: string;
  name: string;
  role: string | null;
  banned: boolean | null;
}

export function RoleCard({ profile }: { profile: Profile }) {
  const setRoleFn = useServerFn(setUserRole);
  const mutation = useReloadingMutation(setRoleFn, m.admin_role_saved());
  const [role, setRole] = useState(profile.role === 'admin' ? 'admin' : 'user');
  return (
    <Card>
      <CardHeader>
        <CardTitle>{m.admin_app_role_title()}</CardTitle>
        <CardDescription>{m.admin_app_role_description()}</CardDescription>
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
            <Label htmlFor="app-role">{m.field_role()}</Label>
            <SimpleSelect
              id="app-role"
              value={role}
              onValueChange={setRole}
              className="w-40"
              options={[
                { value: 'user', label: roleLabel('user') },
                { value: 'admin', label: roleLabel('admin') },
              ]}
            />
          </div>
          <Button type="submit" variant="secondary" isLoading={mutation.isPending}>
            {m.admin_save_role()}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}

/** The ban form's values. */
function banOf(form: HTMLFormElement | null) {
  const values = new FormData(form ?? undefined);
  return {
    reason: String(values.get('reason') ?? '').trim(),
    days: String(values.get('expiresInDays') ?? '').trim(),
  };
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
  const ban = useReloadingMutation(banFn, m.admin_user_banned());
  const unban = useReloadingMutation(unbanFn, m.admin_ban_lifted());
  const [reasonError, setReasonError] = useState<string | undefined>();
  const formRef = useRef<HTMLFormElement>(null);
  if (profile.banned) {
    return (
      <Card className="border-destructive/40">
        <CardHeader>
          <CardTitle>{m.admin_banned_title()}</CardTitle>
          <CardDescription>
            {m.admin_ban_reason({ reason: banReason ?? m.admin_ban_no_reason() })}{' '}
            {banExpires
              ? m.admin_ban_lifts_on({ date: formatDateTime(banExpires) })
              : m.admin_ban_until_lifted()}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ConfirmDialog
            trigger={<Button variant="outline">{m.admin_lift_ban()}</Button>}
            title={m.confirm_lift_ban_title({ name: profile.name })}
            description={m.confirm_lift_ban_description({ name: profile.name })}
            confirmLabel={m.admin_lift_ban()}
            cancelLabel={m.action_cancel()}
            variant="default"
            onConfirm={() => unban.mutateAsync({ data: { userId: profile.id } })}
          />
        </CardContent>
      </Card>
    );
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle>{m.admin_ban_title()}</CardTitle>
        <CardDescription>{m.admin_ban_description()}</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          ref={formRef}
          aria-label={m.admin_ban_form_label()}
          className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end"
          // Enter in a field clicks the submit button (the dialog's trigger): the same confirmation.
          onSubmit={(event) => event.preventDefault()}
        >
          <FormField label={m.admin_field_reason()} name="reason" error={reasonError} />
          <FormField label={m.admin_field_days()} name="expiresInDays" type="number" min={1} max={3650} />
          <ConfirmDialog
            trigger={
              <Button
                type="submit"
                variant="destructive"
                isLoading={ban.isPending}
                onClick={(event) => {
                  // Without a reason the dialog does not open: the field says what is missing.
                  const missing = !banOf(event.currentTarget.form).reason;
                  if (missing) event.preventDefault();
                  setReasonError(missing ? m.admin_ban_reason_required() : undefined);
                }}
              >
                {m.admin_ban_submit()}
              </Button>
            }
            title={m.confirm_ban_title({ name: profile.name })}
            description={m.confirm_ban_description({ name: profile.name })}
            confirmLabel={m.admin_ban_submit()}
            cancelLabel={m.action_cancel()}
            onConfirm={() => {
              const { reason, days } = banOf(formRef.current);
              return ban.mutateAsync({
                data: { userId: profile.id, reason, expiresInDays: days ? Number(days) : undefined },
              });
            }}
          />
        </form>
      </CardContent>
    </Card>
  );
}

export function ImpersonateCard({ profile }: { profile: Profile }) {
  const identityChanged = useIdentityChanged();
  const impersonateFn = useServerFn(impersonateUser);
  const [pending, setPending] = useState(false);
  if (profile.role === 'admin') return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{m.admin_impersonate_title()}</CardTitle>
        <CardDescription>{m.admin_impersonate_description({ name: profile.name })}</CardDescription>
      </CardHeader>
      <CardContent>
        <Button
          variant="outline"
          isLoading={pending}
          onClick={async () => {
            setPending(true);
            try {
              await impersonateFn({ data: { userId: profile.id } });
              // A new session cookie: the app goes on as that user.
              await identityChanged('/dashboard');
            } catch (error) {
              setPending(false);
              toast.error(errorMessage(error));
            }
          }}
        >
          {m.admin_impersonate_submit({ name: profile.name })}
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
  const [deleteOrganizations, setDeleteOrganizations] = useState(false);
  const blocked = soleOwnedOrganizations.length > 0 && !deleteOrganizations;
  return (
    <Card className="border-destructive/40">
      <CardHeader>
        <CardTitle>{m.admin_delete_user_title()}</CardTitle>
        <CardDescription>{m.admin_delete_user_description()}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        {soleOwnedOrganizations.length > 0 ? (
          <div className="rounded-md border border-border p-3 text-sm">
            <p>
              {m.admin_delete_user_sole_owner({
                name: profile.name,
                organizations: new Intl.ListFormat(getLocale()).format(
                  soleOwnedOrganizations.map((org) => org.name),
                ),
              })}
            </p>
            <label className="mt-2 flex items-center gap-2">
              <input
                type="checkbox"
                checked={deleteOrganizations}
                onChange={(event) => setDeleteOrganizations(event.target.checked)}
              />
              {m.admin_delete_user_also_organizations()}
            </label>
          </div>
        ) : null}
        <ConfirmDialog
          trigger={
            <Button variant="destructive" disabled={blocked}>
              {m.admin_delete_user_start()}
            </Button>
          }
          title={m.confirm_delete_user_title({ name: profile.name })}
          description={m.admin_delete_user_description()}
          confirmLabel={m.admin_delete_user_confirm({ name: profile.name })}
          cancelLabel={m.action_cancel()}
          confirmDisabled={blocked}
          onConfirm={async () => {
            try {
              await deleteFn({
                data: { userId: profile.id, deleteOwnedOrganizations: deleteOrganizations },
              });
            } catch (error) {
              toast.error(errorMessage(error));
              throw error;
            }
            toast.success(m.admin_user_deleted({ name: profile.name }));
            window.location.assign('/admin/users');
          }}
        />
      </CardContent>
    </Card>
  );
}
