import { useSession } from '@kit/better-auth/react';
import { Link } from '@tanstack/react-router';
import { formatDate } from '~/lib/i18n/format';
import { m } from '~/paraglide/messages';
import { accessOfActiveOrganization } from './plan-access';

/**
 * On every page of an organization whose payment failed: until when its plan holds, or that it is
 * read-only now. From the subscription the session brought: no request of its own.
 */
export function PastDueBanner() {
  const identity = useSession();
  const access = accessOfActiveOrganization(identity);
  if (!access || access.mode === 'full') return null;
  const organization = identity.organizations.find((org) => org.id === identity.activeOrganizationId);
  return (
    <div role="status" className="bg-destructive text-destructive-foreground" data-testid="past-due-banner">
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center gap-3 px-4 py-2 text-sm">
        <span>
          {access.mode === 'grace' && access.graceEndsAt
            ? m.billing_banner_grace({ date: formatDate(access.graceEndsAt), plan: access.plan.name })
            : m.billing_banner_read_only({ organization: organization?.name ?? '' })}
        </span>
        <Link
          to="/settings/billing"
          className="ml-auto font-medium underline underline-offset-2 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          {m.billing_banner_link()}
        </Link>
      </div>
    </div>
  );
}
