// "Does the organization's plan allow this?": decided on the server from the subscription the session
// statement brought (no extra query). With billing off (no STRIPE_SECRET_KEY) every answer is yes.
// A limited create checks inside the transaction that inserts, after counting under a lock, so parallel
// creates cannot pass the limit together.

import type { Identity } from '@kit/better-auth/context';
import { accessOf, type OrganizationAccess } from '@kit/billing/access';
import { getBillingConfiguration } from '@kit/billing/configuration';
import { allowsOneMore } from '@kit/billing/limits';
import { PaymentRequiredError, PLAN_LIMIT_REACHED, SUBSCRIPTION_READ_ONLY } from '@kit/errors';

/** Where an organization's billing is managed (the refusals link there). */
export const BILLING_PATH = '/settings/billing';

/** The plan and access mode of the identity's active organization; null when billing is off. */
export function accessOfIdentity(identity: Pick<Identity, 'subscription'>): OrganizationAccess | null {
  const configuration = getBillingConfiguration();
  if (!configuration?.env) return null;
  return accessOf(configuration.plans, identity.subscription);
}

/** Room for one more of `limit` (e.g. "projects"), `used` being how many exist now. */
export function hasEntitlement(
  identity: Pick<Identity, 'subscription'>,
  limit: string,
  used: number,
): boolean {
  const access = accessOfIdentity(identity);
  return !access || allowsOneMore(access, limit, used);
}

/** 402 PLAN_LIMIT_REACHED, naming the limit and linking to billing, when the plan has no room for one more. */
export function requireEntitlement(identity: Pick<Identity, 'subscription'>, limit: string, used: number) {
  const access = accessOfIdentity(identity);
  if (!access || allowsOneMore(access, limit, used)) return;
  throw new PaymentRequiredError(
    `The ${access.plan.name} plan allows ${access.plan.limits[limit]} ${limit}. Upgrade the plan in Billing to add more.`,
    PLAN_LIMIT_REACHED,
    BILLING_PATH,
  );
}

/** 402 SUBSCRIPTION_READ_ONLY when the subscription is past due beyond its grace period. */
export function requireWriteAccess(identity: Pick<Identity, 'subscription'>) {
  const access = accessOfIdentity(identity);
  if (access?.mode !== 'read-only') return;
  throw new PaymentRequiredError(
    'The payment for this organization is overdue, so it is read-only. Update the payment method in Billing to make changes again.',
    SUBSCRIPTION_READ_ONLY,
    BILLING_PATH,
  );
}
