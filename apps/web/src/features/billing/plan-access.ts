// What the browser can say about the active organization's plan without asking the server: the
// subscription came with the identity (one session statement), the plan file is browser-safe. The server
// decides again on every call (@kit/auth/entitlements); this only shapes the UI.
import type { ClientIdentity } from '@kit/better-auth/identity';
import { accessOf, type OrganizationAccess, type SubscriptionState } from '@kit/billing/access';
import { type BillingLimit, billingPlans } from '~/billing-plans';

/** The active organization's plan and access mode; null with billing off or the personal account active. */
export function accessOfActiveOrganization(
  identity: Pick<ClientIdentity, 'billingEnabled' | 'activeOrganizationId' | 'subscription'>,
  now = Date.now(),
): OrganizationAccess | null {
  if (!identity.billingEnabled || !identity.activeOrganizationId) return null;
  return accessOf(billingPlans, identity.subscription, now);
}

/** The plan's limit of `limit` when `used` has reached it (null: room left, or no limit). */
export function reachedLimit(access: OrganizationAccess | null, limit: BillingLimit, used: number) {
  const allowed = access?.plan.limits[limit];
  return allowed !== undefined && allowed !== null && used >= allowed ? allowed : null;
}

export const freePlanName = () =>
  billingPlans.plans[billingPlans.freePlanId]?.name ?? billingPlans.freePlanId;

/** The name of the plan a stored subscription grants (canceled and never-subscribed: the free plan's). */
export function planNameOf(subscription: SubscriptionState): string {
  return accessOf(billingPlans, subscription).plan.name;
}
