import { useSession } from '@kit/better-auth/react';
import { accessOfActiveOrganization, reachedLimit } from '~/features/billing/plan-access';
import { UpgradeLink } from '~/features/billing/upgrade-link';
import { formatNumber } from '~/lib/i18n/format';
import { m } from '~/paraglide/messages';

/**
 * "3 of 3 projects on Free — Upgrade" once the plan's project limit is reached. A hint only: the server
 * refuses the next project by itself (402), whatever the page shows.
 */
export function ProjectLimitHint({ used }: { used: number }) {
  const access = accessOfActiveOrganization(useSession());
  const limit = reachedLimit(access, 'projects', used);
  if (!access || limit === null) return null;
  return (
    <p className="text-sm text-muted-foreground" data-testid="project-limit">
      {m.projects_limit_reached({
        used: formatNumber(used),
        limit: formatNumber(limit),
        plan: access.plan.name,
      })}{' '}
      — <UpgradeLink />
    </p>
  );
}
