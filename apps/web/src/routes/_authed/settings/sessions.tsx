import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { ConfirmDialog } from '@kit/ui/confirm-dialog';
import { createFileRoute } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { UserSettingsFrame } from '~/features/user/user-settings-frame';
import { fetchMySessions, revokeMyOtherSessions, revokeMySession } from '~/features/user/users.functions';
import { formatDateTime } from '~/lib/i18n/format';
import { useReloadingMutation } from '~/lib/use-reloading-mutation';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/_authed/settings/sessions')({
  loader: () => fetchMySessions(),
  head: () => ({ meta: [{ title: m.page_title({ page: m.settings_sessions() }) }] }),
  component: SessionsPage,
});

function SessionsPage() {
  return (
    <UserSettingsFrame>
      <SessionsPageContent />
    </UserSettingsFrame>
  );
}

function SessionsPageContent() {
  const sessions = Route.useLoaderData();
  const revokeOne = useReloadingMutation(useServerFn(revokeMySession), m.sessions_revoked_one());
  const revokeOthers = useReloadingMutation(useServerFn(revokeMyOtherSessions), m.sessions_revoked_others());
  const others = sessions.filter((session) => !session.isCurrent);
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader className="flex-row items-center justify-between gap-4">
          <div>
            <CardTitle>{m.sessions_card_title()}</CardTitle>
            <CardDescription>{m.sessions_card_description()}</CardDescription>
          </div>
          {others.length > 0 ? (
            <ConfirmDialog
              trigger={
                <Button variant="outline" size="sm">
                  {m.sessions_sign_out_others()}
                </Button>
              }
              title={m.confirm_sign_out_others_title()}
              description={m.confirm_sign_out_others_description()}
              confirmLabel={m.sessions_sign_out_others()}
              cancelLabel={m.action_cancel()}
              onConfirm={() => revokeOthers.mutateAsync(undefined)}
            />
          ) : null}
        </CardHeader>
        <CardContent>
          <ul className="divide-y divide-border" aria-label={m.sessions_list_label()}>
            {sessions.map((session) => (
              <li
                key={session.id}
                className="flex flex-wrap items-center gap-3 py-3 text-sm"
                data-testid="session-row"
              >
                <div className="min-w-0 flex-1">
                  <div className="font-medium">
                    {m.sessions_device({ browser: session.browser, os: session.os })}
                    {session.isCurrent ? (
                      <span className="ml-2 rounded bg-accent px-1.5 py-0.5 text-xs">
                        {m.sessions_this_device()}
                      </span>
                    ) : null}
                  </div>
                  <div className="text-muted-foreground">
                    {m.sessions_details({
                      ip: session.ipAddress ?? m.sessions_unknown_ip(),
                      signedIn: formatDateTime(session.createdAt),
                      lastActive: formatDateTime(session.lastActiveAt),
                    })}
                  </div>
                </div>
                {session.isCurrent ? null : (
                  <ConfirmDialog
                    trigger={
                      <Button variant="ghost" size="sm">
                        {m.action_sign_out()}
                      </Button>
                    }
                    title={m.confirm_sign_out_session_title({
                      device: m.sessions_device({ browser: session.browser, os: session.os }),
                    })}
                    description={m.confirm_sign_out_session_description()}
                    confirmLabel={m.confirm_sign_out_session()}
                    cancelLabel={m.action_cancel()}
                    onConfirm={() => revokeOne.mutateAsync({ data: { sessionId: session.id } })}
                  />
                )}
              </li>
            ))}
          </ul>
          {others.length === 0 ? (
            <p className="pt-3 text-sm text-muted-foreground">{m.sessions_only_this_device()}</p>
          ) : null}
        </CardContent>
      </Card>
    </div>
  );
}
