import { organizationRoleCan } from '@kit/better-auth/permissions';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { createFileRoute, Link } from '@tanstack/react-router';
import { ActivityList } from '~/features/activity/activity-list';
import { OrganizationSettingsFrame } from '~/features/organization/organization-settings-frame';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/_authed/_organization/settings/activity')({
  // The log loads in the browser (ActivityList's query); a member gets the page that says why there is
  // nothing for them, without asking the server.
  head: () => ({ meta: [{ title: m.page_title({ page: m.activity_title() }) }] }),
  component: ActivityPage,
});

function ActivityPage() {
  return (
    <OrganizationSettingsFrame page={m.activity_title()}>
      <ActivityPageContent />
    </OrganizationSettingsFrame>
  );
}

function ActivityPageContent() {
  const { identity, organization } = Route.useRouteContext();
  const canReadActivity = organizationRoleCan(organization.role, { activity: ['read'] });
  const name = identity.organizations.find((org) => org.id === organization.id)?.name ?? '';
  if (!canReadActivity) {
    return (
      <Card data-testid="activity-forbidden">
        <CardHeader>
          <CardTitle>{m.activity_forbidden_title()}</CardTitle>
          <CardDescription>{m.activity_forbidden_text({ organization: name })}</CardDescription>
        </CardHeader>
        <CardContent>
          <Link to="/dashboard" className="text-sm font-medium underline underline-offset-4">
            {m.activity_back_to_dashboard()}
          </Link>
        </CardContent>
      </Card>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted-foreground">{m.activity_description({ organization: name })}</p>
      <ActivityList />
    </div>
  );
}
