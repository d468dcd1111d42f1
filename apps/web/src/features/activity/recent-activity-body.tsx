import { organizationRoleCan } from '@kit/better-auth/permissions';
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from '@kit/ui/card';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatDateTime } from '~/lib/i18n/format';
import { useOrganizationScope } from '~/lib/query/use-organization-scope';
import { useDeferredArrival } from '~/lib/use-deferred-arrival';
import { m } from '~/paraglide/messages';
import { activityQuery } from './activity.queries';
import { describeActivity } from './activity-labels';
import { actorLabel } from './activity-list';

const RECENT = 5;

/** The card itself (see recent-activity-card.tsx): the last five events for owners and admins. */
export default function RecentActivityBody() {
  const scope = useOrganizationScope();
  const [, , organizationId, role] = scope;
  const allowed = organizationId !== null && organizationRoleCan(role, { activity: ['read'] });
  const query = useQuery({ ...activityQuery(scope, undefined, RECENT), enabled: allowed });
  // The first answer renders in a transition: React renders it in slices between other work.
  const data = useDeferredArrival(query.data);
  if (!allowed) return null;
  return (
    <Card data-testid="recent-activity">
      <CardHeader>
        <CardTitle>{m.activity_recent_title()}</CardTitle>
      </CardHeader>
      <CardContent>
        {query.isError ? (
          <p role="alert" className="text-sm">
            {m.activity_load_error()}
          </p>
        ) : !data ? (
          <p role="status" className="text-sm text-muted-foreground">
            {m.loading()}
          </p>
        ) : data.items.length === 0 ? (
          <p className="text-sm text-muted-foreground">{m.activity_recent_empty()}</p>
        ) : (
          <ul className="space-y-3 text-sm">
            {data.items.map((item) => (
              <li key={item.id}>
                <span className="font-medium">{actorLabel(item)}</span>{' '}
                {describeActivity(item.action, item.details)}
                <div className="text-xs text-muted-foreground">
                  <time dateTime={new Date(item.createdAt).toISOString()}>
                    {formatDateTime(item.createdAt)}
                  </time>
                </div>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
      <CardFooter>
        <Link to="/settings/activity" className="text-sm font-medium underline underline-offset-4">
          {m.activity_view_all()}
        </Link>
      </CardFooter>
    </Card>
  );
}
