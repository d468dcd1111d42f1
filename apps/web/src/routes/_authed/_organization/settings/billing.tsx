// PLACEHOLDER until wip/billing-ui is merged (take that branch's file): Start builds only the server
// functions the client reaches, so this route makes billing's reachable for the HTTP tests.
import { createFileRoute } from '@tanstack/react-router';
import * as billing from '~/features/billing/billing.functions';

export const Route = createFileRoute('/_authed/_organization/settings/billing')({
  loader: () => billing.fetchBillingOverview(),
  component: BillingPlaceholder,
});

function BillingPlaceholder() {
  const overview = Route.useLoaderData();
  const actions = [
    billing.startCheckout,
    billing.openBillingPortal,
    billing.cancelSubscriptionAtPeriodEnd,
    billing.resumeSubscription,
    billing.resyncOrganizationBilling,
  ];
  return <p data-actions={actions.length}>{overview.enabled ? overview.planName : null}</p>;
}
