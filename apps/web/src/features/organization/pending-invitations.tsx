import { canCancelInvitation, canInviteAs } from '@kit/better-auth/permissions';
import { Button } from '@kit/ui/button';
import { ConfirmDialog } from '@kit/ui/confirm-dialog';
import { toast } from '@kit/ui/toast';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useServerFn } from '@tanstack/react-start';
import { errorMessage } from '~/lib/errors';
import { formatDate } from '~/lib/i18n/format';
import { roleLabel } from '~/lib/i18n/role-label';
import { useOrganizationScope } from '~/lib/query/use-organization-scope';
import { m } from '~/paraglide/messages';
import { cancelOrganizationInvitation, resendOrganizationInvitation } from './invitations.functions';
import { invitationsQuery } from './organizations.queries';

export function PendingInvitations({ viewerRole }: { viewerRole: string }) {
  const queryClient = useQueryClient();
  const scope = useOrganizationScope();
  const { data: invitations } = useSuspenseQuery(invitationsQuery(scope));
  const resendFn = useServerFn(resendOrganizationInvitation);
  const cancelFn = useServerFn(cancelOrganizationInvitation);
  const refresh = () => queryClient.invalidateQueries({ queryKey: invitationsQuery(scope).queryKey });
  const resend = useMutation({
    mutationFn: (invitationId: string) => resendFn({ data: { invitationId } }),
    onSuccess: () => refresh().then(() => toast.success(m.invitation_resent())),
    onError: (error) => toast.error(errorMessage(error)),
  });
  const cancel = useMutation({
    mutationFn: (invitationId: string) => cancelFn({ data: { invitationId } }),
    onSuccess: () => refresh().then(() => toast.success(m.invitation_cancelled())),
    onError: (error) => toast.error(errorMessage(error)),
  });

  if (invitations.length === 0) {
    return <p className="text-sm text-muted-foreground">{m.invitations_none()}</p>;
  }
  return (
    <ul
      className="divide-y divide-border rounded-md border border-border"
      aria-label={m.invitations_list_label()}
    >
      {invitations.map((invitation) => (
        <li key={invitation.id} className="flex flex-wrap items-center gap-3 px-3 py-2 text-sm">
          <span className="font-medium">{invitation.email}</span>
          <span className="text-muted-foreground">
            {m.invitations_as_role({ role: roleLabel(invitation.role) })}
          </span>
          <span className={invitation.isExpired ? 'text-destructive' : 'text-muted-foreground'}>
            {invitation.isExpired
              ? m.invitations_expired()
              : m.invitations_expires({ date: formatDate(invitation.expiresAt) })}
          </span>
          <span className="ml-auto inline-flex gap-1">
            {canInviteAs(viewerRole, invitation.role) ? (
              <Button
                variant="ghost"
                size="sm"
                onClick={() => resend.mutate(invitation.id)}
                isLoading={resend.isPending && resend.variables === invitation.id}
              >
                {m.invitations_resend()}
              </Button>
            ) : null}
            {canCancelInvitation(viewerRole, invitation.role) ? (
              <ConfirmDialog
                trigger={
                  <Button variant="ghost" size="sm">
                    {m.action_cancel()}
                  </Button>
                }
                title={m.confirm_cancel_invitation_title({ email: invitation.email })}
                description={m.confirm_cancel_invitation_description()}
                confirmLabel={m.confirm_cancel_invitation()}
                cancelLabel={m.confirm_keep_invitation()}
                onConfirm={() => cancel.mutateAsync(invitation.id)}
              />
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
