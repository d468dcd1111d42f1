// The personal account's dashboard: the organizations come with the identity, the security status and
// the invitations waiting for the user with the page (the route's loader; in a server render from the
// session's one statement). All is rendered on the server; the code of the summary's cards loads after
// the page's first load (React keeps the server's cards on screen until it has arrived).
import type { ClientIdentity } from '@kit/better-auth/identity';
import { buttonVariants } from '@kit/ui/button-variants';
import { Link } from '@tanstack/react-router';
import { Suspense } from 'react';
import { formatNumber } from '~/lib/i18n/format';
import { roleLabel } from '~/lib/i18n/role-label';
import { componentModule } from '~/lib/load-component-module';
import { m } from '~/paraglide/messages';
import type { PersonalDashboard as Summary } from './dashboard.functions';
import { BigNumber, DashboardCard, DashboardLoading, SkeletonCard } from './dashboard-card';

export const personalCards = componentModule(() => import('./personal-dashboard-cards'));

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

function Cards({ summary, email }: { summary: Summary; email: string }) {
  const cards = personalCards.useModule();
  return <cards.default summary={summary} email={email} />;
}

export function PersonalDashboard({ identity, summary }: { identity: ClientIdentity; summary: Summary }) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <OrganizationsCard organizations={identity.organizations} />
      <Suspense fallback={<PersonalDashboardSkeleton />}>
        <Cards summary={summary} email={identity.user?.email ?? ''} />
      </Suspense>
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
