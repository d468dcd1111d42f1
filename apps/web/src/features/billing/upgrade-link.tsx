import { Link } from '@tanstack/react-router';
import { m } from '~/paraglide/messages';

/** "Upgrade", to the billing page (or where a plan refusal pointed). */
export function UpgradeLink({ to = '/settings/billing' }: { to?: string }) {
  return (
    <Link to={to} className="font-medium underline underline-offset-2">
      {m.billing_upgrade()}
    </Link>
  );
}
