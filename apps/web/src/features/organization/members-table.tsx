import {
  canAssignRole,
  canRemoveMember,
  isOwnerRole,
  ORGANIZATION_ROLES,
} from '@kit/better-auth/permissions';
import { Avatar } from '@kit/ui/avatar';
import { Button } from '@kit/ui/button';
import { ConfirmDialog } from '@kit/ui/confirm-dialog';
import { SimpleSelect } from '@kit/ui/select';
import { Table, TableCell, TableRow } from '@kit/ui/table';
import { toast } from '@kit/ui/toast';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useServerFn } from '@tanstack/react-start';
import { useIdentityChanged, useRefreshIdentity } from '~/lib/auth/identity-changes';
import { errorMessage } from '~/lib/errors';
import { formatDate } from '~/lib/i18n/format';
import { roleLabel } from '~/lib/i18n/role-label';
import { useOrganizationScope } from '~/lib/query/use-organization-scope';
import { m } from '~/paraglide/messages';
import {
  leaveActiveOrganization,
  removeOrganizationMember,
  transferOrganizationOwnership,
  updateMemberRole,
} from './members.functions';
import type { MemberRow } from './members.service';
import { membersQuery } from './organizations.queries';

interface Viewer {
  userId: string;
  role: string;
}

function useMemberMutations() {
  const queryClient = useQueryClient();
  const scope = useOrganizationScope();
  const identityChanged = useIdentityChanged();
  const refreshIdentity = useRefreshIdentity();
  // The caller's own role may have changed (a transfer of ownership): the identity is read again too.
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: membersQuery(scope).queryKey }),
      refreshIdentity(),
    ]);
  const onError = (error: unknown) => toast.error(errorMessage(error));
  const changeRoleFn = useServerFn(updateMemberRole);
  const removeFn = useServerFn(removeOrganizationMember);
  const transferFn = useServerFn(transferOrganizationOwnership);
  const leaveFn = useServerFn(leaveActiveOrganization);
  return {
    changeRole: useMutation({
      mutationFn: (input: { memberId: string; role: 'owner' | 'admin' | 'member' }) =>
        changeRoleFn({ data: input }),
      onSuccess: () => refresh().then(() => toast.success(m.members_role_changed())),
      onError,
    }),
    remove: useMutation({
      mutationFn: (memberId: string) => removeFn({ data: { memberId } }),
      onSuccess: () => refresh().then(() => toast.success(m.members_removed())),
      onError,
    }),
    transfer: useMutation({
      mutationFn: (memberId: string) => transferFn({ data: { memberId } }),
      onSuccess: () => refresh().then(() => toast.success(m.members_transferred())),
      onError,
    }),
    leave: useMutation({
      mutationFn: () => leaveFn(),
      onSuccess: async () => {
        toast.success(m.members_left());
        await identityChanged('/dashboard');
      },
      onError,
    }),
  };
}

/** A row action that asks in a dialog first, its confirm button naming the action. */
function ConfirmedAction({
  label,
  title,
  description,
  confirmLabel,
  onConfirm,
}: {
  label: string;
  title: string;
  description: string;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
}) {
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm">
          {label}
        </Button>
      }
      title={title}
      description={description}
      confirmLabel={confirmLabel}
      cancelLabel={m.action_cancel()}
      onConfirm={onConfirm}
    />
  );
}

export function MembersTable({ members, viewer }: { members: MemberRow[]; viewer: Viewer }) {
  const mutations = useMemberMutations();
  return (
    <Table
      caption={m.members_table_caption()}
      columns={[
        { label: m.members_column_member() },
        { label: m.field_role() },
        { label: m.members_column_joined() },
        { label: m.members_column_actions(), hidden: true },
      ]}
    >
      {members.map((member) => {
        const isSelf = member.userId === viewer.userId;
        const assignable = ORGANIZATION_ROLES.filter((role) => canAssignRole(viewer.role, member.role, role));
        const canChangeRole =
          assignable.length > 1 || (assignable.length === 1 && assignable[0] !== member.role);
        return (
          <TableRow key={member.id} data-testid={`member-${member.email}`}>
            <TableCell>
              <div className="flex items-center gap-3">
                <Avatar name={member.name} email={member.email} seed={member.userId} />
                <div className="min-w-0">
                  <div className="font-medium">
                    {member.name}
                    {isSelf ? <span className="ml-1 text-muted-foreground">{m.members_you()}</span> : null}
                  </div>
                  <div className="text-muted-foreground">{member.email}</div>
                </div>
              </div>
            </TableCell>
            <TableCell>
              {canChangeRole ? (
                <SimpleSelect
                  aria-label={m.members_role_of({ name: member.name })}
                  value={member.role}
                  onValueChange={(role) =>
                    mutations.changeRole.mutate({
                      memberId: member.id,
                      role: role as 'owner' | 'admin' | 'member',
                    })
                  }
                  className="w-32"
                  options={[...new Set([member.role, ...assignable])].map((role) => ({
                    value: role,
                    label: roleLabel(role),
                  }))}
                />
              ) : (
                <span data-testid="member-role">{roleLabel(member.role)}</span>
              )}
            </TableCell>
            <TableCell className="text-muted-foreground">{formatDate(member.joinedAt)}</TableCell>
            <TableCell className="text-right">
              {isSelf ? (
                <ConfirmedAction
                  label={m.members_leave()}
                  title={m.confirm_leave_title()}
                  description={m.confirm_leave_description()}
                  confirmLabel={m.members_leave_confirm()}
                  onConfirm={() => mutations.leave.mutateAsync()}
                />
              ) : (
                <span className="inline-flex gap-1">
                  {isOwnerRole(viewer.role) && !isOwnerRole(member.role) ? (
                    <ConfirmedAction
                      label={m.members_make_owner()}
                      title={m.confirm_transfer_title({ name: member.name })}
                      description={m.confirm_transfer_description()}
                      confirmLabel={m.members_transfer_confirm()}
                      onConfirm={() => mutations.transfer.mutateAsync(member.id)}
                    />
                  ) : null}
                  {canRemoveMember(viewer.role, member.role) ? (
                    <ConfirmedAction
                      label={m.members_remove()}
                      title={m.confirm_remove_member_title({ name: member.name })}
                      description={m.confirm_remove_member_description({ name: member.name })}
                      confirmLabel={m.members_remove_confirm({ name: member.name })}
                      onConfirm={() => mutations.remove.mutateAsync(member.id)}
                    />
                  ) : null}
                </span>
              )}
            </TableCell>
          </TableRow>
        );
      })}
    </Table>
  );
}
