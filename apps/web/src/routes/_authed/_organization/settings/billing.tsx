import { createFileRoute, notFound } from '@tanstack/react-router';
import { billingOverviewQuery } from '~/features/billing/billing.queries';
import { BillingPage } from '~/features/billing/billing-page';
import { OrganizationSettingsFrame } from '~/features/organization/organization-settings-frame';
import { organizationScope } from '~/lib/query/organization-scope';
import { queryClientOf } from '~/lib/query/query-client';
import { searchChoice } from '~/lib/search-params';
import { m } from '~/paraglide/messages';

const CHECKOUT_RETURNS = ['success', 'canceled'] as const;

export const Route = createFileRoute('/_authed/_organization/settings/billing')({
  // Listed only while billing is on (the identity says so: no request).
  staticData: {
    nav: {
      label: () => m.nav_billing(),
      icon: 'billing',
      order: 40,
      shown: (identity) => identity.billingEnabled,
    },
  },
  // Where the payment provider's checkout sends the browser back (`?checkout=success|canceled`).
  validateSearch: (search: Record<string, unknown>): { checkout?: (typeof CHECKOUT_RETURNS)[number] } => ({
    checkout: searchChoice(CHECKOUT_RETURNS, search.checkout),
  }),
  beforeLoad: ({ context }) => {
    if (!context.identity.billingEnabled) throw notFound();
  },
  loader: ({ context }) =>
    queryClientOf(context.queries).ensureQueryData(billingOverviewQuery(organizationScope(context.identity))),
  head: () => ({ meta: [{ title: m.page_title({ page: m.nav_billing() }) }] }),
  component: BillingRoute,
});

function BillingRoute() {
  return (
    <OrganizationSettingsFrame>
      <BillingRouteContent />
    </OrganizationSettingsFrame>
  );
}

function BillingRouteContent() {
  const { checkout } = Route.useSearch();
  return <BillingPage checkout={checkout} />;
}
