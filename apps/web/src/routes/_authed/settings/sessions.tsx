import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { createFileRoute } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import {
  fetchMySessions,
  revokeMyOtherSessions,
  revokeMySession,
} from '~/features/account/account.functions';
import { useReloadingMutation } from '~/lib/use-reloading-mutation';

export const Route = createFileRoute('/_authed/settings/sessions')({
  loader: () => fetchMySessions(),
  head: () => ({ meta: [{ title: 'Sessions — Kit' }] }),
  component: SessionsPage,
});

function SessionsPage() {
  const sessions = Route.useLoaderData();
  const revokeOne = useReloadingMutation(useServerFn(revokeMySession), 'Session signed out.');
  const revokeOthers = useReloadingMutation(
    useServerFn(revokeMyOtherSessions),
    'Every other session was signed out.',
  );
  const others = sessions.filter((session) => !session.isCurrent);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Sessions</h1>
      <Card>
        <CardHeader className="flex-row items-center justify-between gap-4">
          <div>
            <CardTitle>Where you are signed in</CardTitle>
            <CardDescription>
              Sign out any device you do not recognize, then change your password.
            </CardDescription>
          </div>
          {others.length > 0 ? (
            <Button
              variant="outline"
              size="sm"
              isLoading={revokeOthers.isPending}
              onClick={() => revokeOthers.mutate(undefined)}
            >
              Sign out all others
            </Button>
          ) : null}
        </CardHeader>
        <CardContent>
          <ul className="divide-y divide-border" aria-label="Active sessions">
            {sessions.map((session) => (
              <li
                key={session.id}
                className="flex flex-wrap items-center gap-3 py-3 text-sm"
                data-testid="session-row"
              >
                <div className="min-w-0 flex-1">
                  <div className="font-medium">
                    {session.browser} on {session.os}
                    {session.isCurrent ? (
                      <span className="ml-2 rounded bg-accent px-1.5 py-0.5 text-xs">This device</span>
                    ) : null}
                  </div>
                  <div className="text-muted-foreground">
                    {session.ipAddress ?? 'Unknown IP'} · signed in{' '}
                    {new Date(session.createdAt).toLocaleString()} · last active{' '}
                    {new Date(session.lastActiveAt).toLocaleString()}
                  </div>
                </div>
                {session.isCurrent ? null : (
                  <Button
                    variant="ghost"
                    size="sm"
                    isLoading={revokeOne.isPending && revokeOne.variables?.data.sessionId === session.id}
                    onClick={() => revokeOne.mutate({ data: { sessionId: session.id } })}
                  >
                    Sign out
                  </Button>
                )}
              </li>
            ))}
          </ul>
          {others.length === 0 ? (
            <p className="pt-3 text-sm text-muted-foreground">
              You are signed in on this device only. Sessions on other devices will show here.
            </p>
          ) : null}
        </CardContent>
      </Card>
    </div>
  );
}
