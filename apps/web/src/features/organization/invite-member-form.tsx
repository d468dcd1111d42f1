import { canInviteAs, ORGANIZATION_ROLES } from '@kit/better-auth/permissions';
import { Button } from '@kit/ui/button';
import { FormError, FormField } from '@kit/ui/form-field';
import { Label } from '@kit/ui/label';
import { SimpleSelect } from '@kit/ui/select';
import { toast } from '@kit/ui/toast';
import { useQueryClient } from '@tanstack/react-query';
import { useServerFn } from '@tanstack/react-start';
import { useId } from 'react';
import { NextSeatNote } from '~/features/billing/next-seat-note';
import { UpgradeLink } from '~/features/billing/upgrade-link';
import { roleLabel } from '~/lib/i18n/role-label';
import { useOrganizationScope } from '~/lib/query/use-organization-scope';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';
import { inviteOrganizationMember } from './invitations.functions';
import { invitationsQuery } from './organizations.queries';
import { inviteMemberSchema } from './organizations.schemas';

export function InviteMemberForm({ viewerRole }: { viewerRole: string }) {
  const queryClient = useQueryClient();
  const scope = useOrganizationScope();
  const inviteFn = useServerFn(inviteOrganizationMember);
  const roleId = useId();
  const roles = ORGANIZATION_ROLES.filter((role) => canInviteAs(viewerRole, role));
  const { errors, formError, upgradeUrl, pending, onSubmit } = useFormSubmit(
    inviteMemberSchema,
    async (data, form) => {
      await inviteFn({ data });
      await queryClient.invalidateQueries({ queryKey: invitationsQuery(scope).queryKey });
      toast.success(m.invitation_sent_to({ email: data.email }));
      form.reset();
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={m.invite_form_label()}>
      <FormError message={formError} action={upgradeUrl ? <UpgradeLink to={upgradeUrl} /> : null} />
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end">
        <FormField
          label={m.field_email()}
          name="email"
          type="email"
          autoComplete="off"
          required
          error={errors.email}
        />
        <div className="grid gap-2">
          <Label htmlFor={roleId}>{m.field_role()}</Label>
          <SimpleSelect
            id={roleId}
            name="role"
            defaultValue="member"
            aria-invalid={errors.role ? true : undefined}
            options={roles.map((role) => ({ value: role, label: roleLabel(role) }))}
          />
        </div>
        <Button type="submit" isLoading={pending}>
          {m.invite_submit()}
        </Button>
      </div>
      {errors.role ? <p className="text-sm text-destructive">{errors.role.join(' ')}</p> : null}
      <NextSeatNote />
    </form>
  );
}
