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
import { useNavigate } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { errorMessage } from '~/lib/errors';
import { accountContextQuery } from './account.queries';
import {
  leaveActiveOrganization,
  removeOrganizationMember,
  transferOrganizationOwnership,
  updateMemberRole,
} from './members.functions';
import type { MemberRow } from './members.service';
import { membersQuery } from './organization.queries';

interface Viewer {
  userId: string;
  role: string;
}

function useMemberMutations() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: membersQuery().queryKey }),
      queryClient.invalidateQueries({ queryKey: accountContextQuery().queryKey }),
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
      onSuccess: () => refresh().then(() => toast.success('Role changed.')),
      onError,
    }),
    remove: useMutation({
      mutationFn: (memberId: string) => removeFn({ data: { memberId } }),
      onSuccess: () => refresh().then(() => toast.success('Member removed.')),
      onError,
    }),
    transfer: useMutation({
      mutationFn: (memberId: string) => transferFn({ data: { memberId } }),
      onSuccess: () => refresh().then(() => toast.success('Ownership transferred. You are now an admin.')),
      onError,
    }),
    leave: useMutation({
      mutationFn: () => leaveFn(),
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        toast.success('You left the organization.');
        await navigate({ to: '/dashboard' });
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
        Cancel
      </Button>
    </span>
  );
}

export function MembersTable({ members, viewer }: { members: MemberRow[]; viewer: Viewer }) {
  const mutations = useMemberMutations();
  return (
    <Table
      caption="Members of the organization"
      columns={[
        { label: 'Member' },
        { label: 'Role' },
        { label: 'Joined' },
        { label: 'Actions', hidden: true },
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
                {isSelf ? <span className="ml-1 text-muted-foreground">(you)</span> : null}
              </div>
              <div className="text-muted-foreground">{member.email}</div>
            </TableCell>
            <TableCell>
              {canChangeRole ? (
                <NativeSelect
                  aria-label={`Role of ${member.name}`}
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
                      {role}
                    </option>
                  ))}
                </NativeSelect>
              ) : (
                <span data-testid="member-role">{member.role}</span>
              )}
            </TableCell>
            <TableCell className="text-muted-foreground">
              {new Date(member.joinedAt).toLocaleDateString()}
            </TableCell>
            <TableCell className="text-right">
              {isSelf ? (
                <ConfirmableButton
                  label="Leave"
                  confirmLabel="Leave organization"
                  isLoading={mutations.leave.isPending}
                  onConfirm={() => mutations.leave.mutate()}
                />
              ) : (
                <span className="inline-flex gap-1">
                  {isOwnerRole(viewer.role) && !isOwnerRole(member.role) ? (
                    <ConfirmableButton
                      label="Make owner"
                      confirmLabel="Transfer ownership"
                      isLoading={mutations.transfer.isPending}
                      onConfirm={() => mutations.transfer.mutate(member.id)}
                    />
                  ) : null}
                  {canRemoveMember(viewer.role, member.role) ? (
                    <ConfirmableButton
                      label="Remove"
                      confirmLabel={`Remove ${member.name}`}
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
