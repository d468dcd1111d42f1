// The organization dashboard's cards (their code loads after the page's, see organization-dashboard.tsx).
// Each says what to do next when it is empty, with the button to do it, as far as the viewer's role allows.
import { Avatar } from '@kit/ui/avatar';
import { buttonVariants } from '@kit/ui/button-variants';
import { Link } from '@tanstack/react-router';
import { statusText } from '~/features/billing/plan-text';
import { formatDate, formatNumber } from '~/lib/i18n/format';
import { roleLabel } from '~/lib/i18n/role-label';
import { m } from '~/paraglide/messages';
import type { DashboardPlan, OrganizationDashboard } from './dashboard.functions';
import { BigNumber, DashboardCard } from './dashboard-card';

const primary = buttonVariants({ size: 'sm' });
const outline = buttonVariants({ variant: 'outline', size: 'sm' });

export default function OrganizationDashboardCards({ summary }: { summary: OrganizationDashboard }) {
  return (
    <>
      <MembersCard summary={summary} />
      <ProjectsCard summary={summary} />
      <InvitationsCard summary={summary} />
      {summary.plan ? <PlanCard summary={summary} plan={summary.plan} /> : null}
    </>
  );
}

function MembersCard({ summary }: { summary: OrganizationDashboard }) {
  const alone = summary.memberCount <= 1;
  return (
    <DashboardCard
      title={m.nav_members()}
      testId="dashboard-members"
      action={
        alone && summary.canInvite ? (
          <Link to="/settings/members" className={primary}>
            {m.dashboard_members_invite()}
          </Link>
        ) : (
          <Link to="/settings/members" className={outline}>
            {m.dashboard_members_view()}
          </Link>
        )
      }
    >
      <BigNumber value={formatNumber(summary.memberCount)} testId="dashboard-member-count" />
      <ul className="mt-4 space-y-2">
        {summary.members.map((person) => (
          <li key={person.userId} className="flex h-8 items-center gap-3 text-sm">
            <Avatar name={person.name} image={person.image} seed={person.userId} />
            <span className="min-w-0 flex-1 truncate font-medium">{person.name}</span>
            <span className="text-muted-foreground">{roleLabel(person.role)}</span>
          </li>
        ))}
      </ul>
      {alone ? (
        <p className="mt-3 text-sm text-muted-foreground">
          {summary.canInvite ? m.dashboard_members_only_you() : m.dashboard_members_only_you_member()}
        </p>
      ) : null}
    </DashboardCard>
  );
}

function ProjectsCard({ summary }: { summary: OrganizationDashboard }) {
  const empty = summary.projectCount === 0;
  return (
    <DashboardCard
      title={m.nav_projects()}
      testId="dashboard-projects"
      action={
        empty && summary.canManageProjects ? (
          <Link to="/projects" className={primary}>
            {m.projects_create()}
          </Link>
        ) : (
          <Link to="/projects" className={outline}>
            {m.dashboard_projects_view()}
          </Link>
        )
      }
    >
      <BigNumber value={formatNumber(summary.projectCount)} testId="dashboard-project-count" />
      {empty ? (
        <p className="mt-4 text-sm text-muted-foreground">
          {summary.canManageProjects ? m.dashboard_projects_empty_can_create() : m.projects_empty()}
        </p>
      ) : (
        <ul className="mt-4 space-y-2">
          {summary.projects.map((project) => (
            <li key={project.id} className="flex h-8 items-center gap-3 text-sm">
              <Link
                to="/projects"
                className="min-w-0 flex-1 truncate font-medium underline-offset-4 hover:underline"
              >
                {project.name}
              </Link>
              <span className="shrink-0 text-muted-foreground">
                {m.dashboard_projects_created({ date: formatDate(project.createdAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </DashboardCard>
  );
}

function InvitationsCard({ summary }: { summary: OrganizationDashboard }) {
  const { invitations } = summary;
  if (!invitations) {
    // Roles that may not invite see no invitations, only who can.
    return (
      <DashboardCard title={m.dashboard_invitations_title()} testId="dashboard-invitations">
        <p className="text-sm text-muted-foreground">{m.members_invitations_cannot_invite()}</p>
      </DashboardCard>
    );
  }
  const empty = invitations.count === 0;
  return (
    <DashboardCard
      title={m.dashboard_invitations_title()}
      testId="dashboard-invitations"
      action={
        <Link to="/settings/members" className={empty ? primary : outline}>
          {empty ? m.dashboard_members_invite() : m.dashboard_invitations_manage()}
        </Link>
      }
    >
      <BigNumber value={formatNumber(invitations.count)} testId="dashboard-invitation-count" />
      {empty ? (
        <p className="mt-4 text-sm text-muted-foreground">{m.dashboard_invitations_empty()}</p>
      ) : (
        <ul className="mt-4 space-y-2">
          {invitations.recent.map((invitation) => (
            <li key={invitation.email} className="flex h-8 items-center gap-3 text-sm">
              <span className="min-w-0 flex-1 truncate font-medium">{invitation.email}</span>
              <span className="shrink-0 text-muted-foreground">
                {m.dashboard_invitations_line({
                  role: roleLabel(invitation.role),
                  date: formatDate(invitation.expiresAt),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </DashboardCard>
  );
}

function PlanCard({ summary, plan }: { summary: OrganizationDashboard; plan: DashboardPlan }) {
  const usage = [
    { label: m.nav_projects(), used: summary.projectCount, limit: plan.limits.projects, id: 'projects' },
    { label: m.nav_members(), used: summary.memberCount, limit: plan.limits.members, id: 'members' },
  ];
  const reached = usage.some((entry) => entry.limit !== null && entry.used >= entry.limit);
  return (
    <DashboardCard
      title={m.dashboard_plan_title()}
      testId="dashboard-plan"
      action={
        <Link to="/settings/billing" className={reached && summary.canManageBilling ? primary : outline}>
          {summary.canManageBilling ? m.dashboard_plan_manage() : m.dashboard_plan_view()}
        </Link>
      }
    >
      <p className="text-xl font-semibold leading-9" data-testid="dashboard-plan-name">
        {m.billing_plan_name({ plan: plan.name })}
      </p>
      <p className="text-sm text-muted-foreground">
        {m.billing_status_label()}: {statusText(plan.status)}
      </p>
      <dl className="mt-4 space-y-3 text-sm">
        {usage.map((entry) => (
          <div
            key={entry.id}
            data-testid={`dashboard-usage-${entry.id}`}
            className="flex flex-wrap justify-between gap-x-3"
          >
            <dt>{entry.label}</dt>
            <dd className="tabular-nums">
              {entry.limit === null
                ? m.dashboard_usage_no_limit({ used: formatNumber(entry.used) })
                : m.dashboard_usage_of({ used: formatNumber(entry.used), limit: formatNumber(entry.limit) })}
            </dd>
            <UsageBar used={entry.used} limit={entry.limit} />
          </div>
        ))}
      </dl>
      {reached && summary.canManageBilling ? (
        <p className="mt-3 text-sm">{m.dashboard_plan_limit_reached()}</p>
      ) : null}
    </DashboardCard>
  );
}

/** Decorative: the numbers beside it say the same. No limit: an empty bar. */
function UsageBar({ used, limit }: { used: number; limit: number | null }) {
  const share = limit === null || limit === 0 ? 0 : Math.min(1, used / limit);
  return (
    <dd aria-hidden="true" className="mt-1 h-2 w-full overflow-hidden rounded-full bg-muted">
      <div className="h-full rounded-full bg-primary" style={{ width: `${Math.round(share * 100)}%` }} />
    </dd>
  );
}
