// The personal dashboard's cards that need the server's summary (their code loads after the page's, see
// personal-dashboard.tsx): the sign-in's protection, each line with the link that fixes or manages it,
// and the invitations waiting for the user.
import { buttonVariants } from '@kit/ui/button-variants';
import { cn } from '@kit/ui/cn';
import { Link } from '@tanstack/react-router';
import { formatDate, formatNumber } from '~/lib/i18n/format';
import { roleLabel } from '~/lib/i18n/role-label';
import { m } from '~/paraglide/messages';
import { signInMethods } from '~/sign-in-methods';
import type { PersonalDashboard } from './dashboard.functions';
import { BigNumber, DashboardCard } from './dashboard-card';

const linkClass = 'text-sm font-medium underline underline-offset-4';

export default function PersonalDashboardCards({
  summary,
  email,
}: {
  summary: PersonalDashboard;
  email: string;
}) {
  return (
    <>
      <SecurityCard summary={summary} email={email} />
      <InvitationsForYouCard summary={summary} email={email} />
    </>
  );
}

function SecurityCard({ summary, email }: { summary: PersonalDashboard; email: string }) {
  return (
    <DashboardCard title={m.dashboard_security_title()} testId="dashboard-security">
      <dl className="divide-y divide-border text-sm">
        <SecurityRow
          label={m.dashboard_security_email()}
          good={summary.emailVerified}
          value={
            summary.emailVerified
              ? m.dashboard_security_email_verified()
              : m.dashboard_security_email_unverified()
          }
          testId="dashboard-security-email"
        >
          {summary.emailVerified ? null : (
            <Link to="/auth/verify-email" search={{ email, redirect: '/dashboard' }} className={linkClass}>
              {m.dashboard_security_email_fix()}
            </Link>
          )}
        </SecurityRow>
        <SecurityRow
          label={m.dashboard_security_two_factor()}
          good={summary.twoFactorEnabled}
          value={summary.twoFactorEnabled ? m.dashboard_security_on() : m.dashboard_security_off()}
          testId="dashboard-security-two-factor"
        >
          <Link to="/settings/security" search={{ error: undefined }} className={linkClass}>
            {summary.twoFactorEnabled
              ? m.dashboard_security_two_factor_manage()
              : m.dashboard_security_two_factor_fix()}
          </Link>
        </SecurityRow>
        {signInMethods.passkey ? (
          <SecurityRow
            label={m.dashboard_security_passkeys()}
            good={summary.passkeyCount > 0}
            value={formatNumber(summary.passkeyCount)}
            testId="dashboard-security-passkeys"
          >
            <Link to="/settings/security" search={{ error: undefined }} className={linkClass}>
              {summary.passkeyCount > 0
                ? m.dashboard_security_passkeys_manage()
                : m.dashboard_security_passkeys_fix()}
            </Link>
          </SecurityRow>
        ) : null}
        <SecurityRow
          label={m.dashboard_security_sessions()}
          value={formatNumber(summary.sessionCount)}
          testId="dashboard-security-sessions"
        >
          <Link to="/settings/sessions" className={linkClass}>
            {m.dashboard_security_sessions_review()}
          </Link>
        </SecurityRow>
      </dl>
    </DashboardCard>
  );
}

/** One line: what, its state (a dot for the eye, the word for everyone) and the link that acts on it. */
function SecurityRow({
  label,
  value,
  good,
  testId,
  children,
}: {
  label: string;
  value: string;
  /** true: fine, false: worth fixing, undefined: neither. */
  good?: boolean;
  testId: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2" data-testid={testId}>
      <dt className="min-w-0 flex-1">{label}</dt>
      <dd className="flex items-center gap-2 font-medium">
        {good === undefined ? null : (
          <span
            aria-hidden="true"
            className={cn('size-2 rounded-full', good ? 'bg-emerald-500' : 'bg-amber-500')}
          />
        )}
        {value}
      </dd>
      <dd className="w-full text-right sm:w-auto">{children}</dd>
    </div>
  );
}

function InvitationsForYouCard({ summary, email }: { summary: PersonalDashboard; email: string }) {
  const { invitations } = summary;
  return (
    <DashboardCard
      title={m.dashboard_my_invitations_title()}
      testId="dashboard-my-invitations"
      action={
        summary.emailVerified ? null : (
          <Link
            to="/auth/verify-email"
            search={{ email, redirect: '/dashboard' }}
            className={buttonVariants({ size: 'sm' })}
          >
            {m.dashboard_security_email_fix()}
          </Link>
        )
      }
    >
      <BigNumber value={formatNumber(summary.invitationCount)} testId="dashboard-my-invitation-count" />
      {!summary.emailVerified ? (
        <p className="mt-4 text-sm text-muted-foreground">{m.dashboard_my_invitations_unverified()}</p>
      ) : invitations.length === 0 ? (
        <p className="mt-4 text-sm text-muted-foreground">{m.dashboard_my_invitations_empty({ email })}</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="text-sm">
              <Link
                to="/invitations/$invitationId"
                params={{ invitationId: invitation.id }}
                aria-label={m.dashboard_my_invitation_open({ organization: invitation.organizationName })}
                className="block truncate font-medium underline underline-offset-4"
              >
                {invitation.organizationName}
              </Link>
              <p className="truncate text-muted-foreground">
                {m.dashboard_my_invitation_line({
                  role: roleLabel(invitation.role),
                  inviter: invitation.inviterName,
                  date: formatDate(invitation.expiresAt),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </DashboardCard>
  );
}
