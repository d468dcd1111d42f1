// The personal account's dashboard: the organizations come with the identity (rendered on the server, no
// query); the security status and the invitations waiting for the user come from one server function
// after hydration, their cards' code loading meanwhile.
import type { ClientIdentity } from '@kit/better-auth/identity';
import { buttonVariants } from '@kit/ui/button-variants';
import { Link } from '@tanstack/react-router';
import { formatNumber } from '~/lib/i18n/format';
import { roleLabel } from '~/lib/i18n/role-label';
import { m } from '~/paraglide/messages';
import { myDashboardSummaryQuery } from './dashboard.queries';
import { BigNumber, DashboardCard, DashboardLoading, SkeletonCard } from './dashboard-card';
import { useDashboardLoading } from './use-dashboard-loading';

const loadCards = () => import('./personal-dashboard-cards');

/** How many organizations the card lists; the count says how many there are. */
const LISTED_ORGANIZATIONS = 5;

export function PersonalDashboardSkeleton() {
  return (
    <DashboardLoading>
      <SkeletonCard title={m.dashboard_security_title()} rows={4} />
      <SkeletonCard title={m.dashboard_my_invitations_title()} />
    </DashboardLoading>
  );
}

export function PersonalDashboard({ identity }: { identity: ClientIdentity }) {
  const cards = useDashboardLoading(myDashboardSummaryQuery, loadCards);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <OrganizationsCard organizations={identity.organizations} />
      {cards ? <cards.default email={identity.user?.email ?? ''} /> : <PersonalDashboardSkeleton />}
    </div>
  );
}

function OrganizationsCard({ organizations }: { organizations: ClientIdentity['organizations'] }) {
  const empty = organizations.length === 0;
  return (
    <DashboardCard
      title={m.dashboard_organizations_title()}
      testId="dashboard-organizations"
      action={
        <Link
          to="/organizations/new"
          className={buttonVariants({ variant: empty ? 'default' : 'outline', size: 'sm' })}
        >
          {m.switcher_create_organization()}
        </Link>
      }
    >
      <BigNumber value={formatNumber(organizations.length)} testId="dashboard-organization-count" />
      {empty ? (
        <p className="mt-4 text-sm text-muted-foreground">{m.org_new_description()}</p>
      ) : (
        <ul className="mt-4 space-y-2">
          {organizations.slice(0, LISTED_ORGANIZATIONS).map((organization) => (
            <li key={organization.id} className="flex h-8 items-center gap-3 text-sm">
              <span className="min-w-0 flex-1 truncate font-medium">{organization.name}</span>
              <span className="text-muted-foreground">{roleLabel(organization.role)}</span>
            </li>
          ))}
        </ul>
      )}
    </DashboardCard>
  );
}
