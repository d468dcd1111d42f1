import {
  canAssignRole,
  canRemoveMember,
  isOwnerRole,
  ORGANIZATION_ROLES,
} from '@kit/better-auth/permissions';
import { Button } from '@kit/ui/button';
import { NativeSelect } from '@kit/ui/native-select';
import { Table, TableCell, TableRow } from '@kit/ui/table';
import { toast } from '@kit/ui/toast';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { useIdentityChanged, useRefreshIdentity } from '~/lib/auth/identity-changes';
import { errorMessage } from '~/lib/errors';
import { formatDate } from '~/lib/i18n/format';
import { roleLabel } from '~/lib/i18n/role-label';
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
  const identityChanged = useIdentityChanged();
  const refreshIdentity = useRefreshIdentity();
  // The caller's own role may have changed (a transfer of ownership): the identity is read again too.
  const refresh = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: membersQuery().queryKey }), refreshIdentity()]);
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

/** An action that asks "are you sure?" in place, without a dialog. */
function ConfirmableButton({
  label,
  confirmLabel,
  onConfirm,
  isLoading,
}: {
  label: string;
  confirmLabel: string;
  onConfirm: () => void;
  isLoading: boolean;
}) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant="ghost" size="sm" onClick={() => setConfirming(true)}>
        {label}
      </Button>
    );
  }
  return (
    <span className="inline-flex gap-1">
      <Button variant="destructive" size="sm" isLoading={isLoading} onClick={onConfirm}>
        {confirmLabel}
      </Button>
      <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
        {m.action_cancel()}
      </Button>
    </span>
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
              <div className="font-medium">
                {member.name}
                {isSelf ? <span className="ml-1 text-muted-foreground">{m.members_you()}</span> : null}
              </div>
              <div className="text-muted-foreground">{member.email}</div>
            </TableCell>
            <TableCell>
              {canChangeRole ? (
                <NativeSelect
                  aria-label={m.members_role_of({ name: member.name })}
                  value={member.role}
                  disabled={mutations.changeRole.isPending}
                  onChange={(event) =>
                    mutations.changeRole.mutate({
                      memberId: member.id,
                      role: event.target.value as 'owner' | 'admin' | 'member',
                    })
                  }
                  className="w-32"
                >
                  {[...new Set([member.role, ...assignable])].map((role) => (
                    <option key={role} value={role}>
                      {roleLabel(role)}
                    </option>
                  ))}
                </NativeSelect>
              ) : (
                <span data-testid="member-role">{roleLabel(member.role)}</span>
              )}
            </TableCell>
            <TableCell className="text-muted-foreground">{formatDate(member.joinedAt)}</TableCell>
            <TableCell className="text-right">
              {isSelf ? (
                <ConfirmableButton
                  label={m.members_leave()}
                  confirmLabel={m.members_leave_confirm()}
                  isLoading={mutations.leave.isPending}
                  onConfirm={() => mutations.leave.mutate()}
                />
              ) : (
                <span className="inline-flex gap-1">
                  {isOwnerRole(viewer.role) && !isOwnerRole(member.role) ? (
                    <ConfirmableButton
                      label={m.members_make_owner()}
                      confirmLabel={m.members_transfer_confirm()}
                      isLoading={mutations.transfer.isPending}
                      onConfirm={() => mutations.transfer.mutate(member.id)}
                    />
                  ) : null}
                  {canRemoveMember(viewer.role, member.role) ? (
                    <ConfirmableButton
                      label={m.members_remove()}
                      confirmLabel={m.members_remove_confirm({ name: member.name })}
                      isLoading={mutations.remove.isPending}
                      onConfirm={() => mutations.remove.mutate(member.id)}
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
