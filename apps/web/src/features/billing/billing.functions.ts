// Billing's server functions. The organization always comes from the session, never from the input
// (the schemas are strict: an organizationId in the input is a 400). With billing off (no
// STRIPE_SECRET_KEY) the overview says so and everything else answers 404.
import {
  adminAction,
  organizationAction,
  organizationQuery,
  validateInput,
  withAdminPermission,
  withOrganizationPermission,
} from '@kit/action-middleware';
import { organizationRoleCan } from '@kit/better-auth/permissions';
import { CLIENT_IP_HEADER } from '@kit/better-auth/server';
import { getDatabase } from '@kit/database';
import { recordAuditEvent } from '@kit/database/audit';
import { authApiHeaders } from '~/lib/server/auth-api-headers';
import { noInputSchema, resyncBillingSchema, startCheckoutSchema } from './billing.schemas';
import { queryBillingOverview } from './billing-overview.service';
import { requireBillingOn } from './billing-setup';
import { startCheckout as checkout, openBillingPortal as openPortal } from './checkout.service';
import { resyncFromStripe, setCancelAtPeriodEnd } from './subscription.service';

const manageBilling = withOrganizationPermission({ billing: ['manage'] });

/** Any member: the plan, status and seats; `canManage` tells the page whether to offer the buttons. */
export const fetchBillingOverview = organizationQuery.handler(({ context }) =>
  queryBillingOverview(
    context.activeOrganizationId,
    organizationRoleCan(context.role, { billing: ['manage'] }),
  ),
);

/** A Stripe Checkout URL for a paid plan (or the portal's, when a subscription is live already). */
export const startCheckout = organizationAction
  .middleware([manageBilling])
  .validator(validateInput(startCheckoutSchema))
  .handler(({ data, context }) => checkout(context.activeOrganizationId, data.planId));

/** The Stripe customer portal of the active organization. */
export const openBillingPortal = organizationAction
  .middleware([manageBilling])
  .validator(validateInput(noInputSchema))
  .handler(({ context }) => openPortal(context.activeOrganizationId));

export const cancelSubscriptionAtPeriodEnd = organizationAction
  .middleware([manageBilling])
  .validator(validateInput(noInputSchema))
  .handler(({ context }) => setCancelAtPeriodEnd(context.activeOrganizationId, true));

export const resumeSubscription = organizationAction
  .middleware([manageBilling])
  .validator(validateInput(noInputSchema))
  .handler(({ context }) => setCancelAtPeriodEnd(context.activeOrganizationId, false));

/** Admin panel: stores what Stripe says of an organization's subscription now (audited). */
export const resyncOrganizationBilling = adminAction
  .middleware([withAdminPermission({ billing: ['resync'] })])
  .validator(validateInput(resyncBillingSchema))
  .handler(async ({ data, context }) => {
    requireBillingOn();
    const result = await resyncFromStripe(data.organizationId);
    const headers = authApiHeaders();
    await recordAuditEvent(getDatabase(), {
      action: 'organization.billing.resync',
      actorId: context.user.id,
      actorEmail: context.user.email,
      impersonatorId: context.session.impersonatedBy ?? null,
      targetType: 'organization',
      targetId: data.organizationId,
      metadata: result.found
        ? { subscriptionId: result.subscriptionId, status: result.status, planId: result.planId }
        : { found: false },
      ipAddress: headers.get(CLIENT_IP_HEADER),
      userAgent: headers.get('user-agent'),
    });
    return result;
  });

export type { BillingOverview } from './billing-overview.service';
