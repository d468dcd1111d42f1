// The billing configuration for the billing services: a 404 when billing is off, so that its server
// functions do not exist for a kit without STRIPE_SECRET_KEY.
import { isBillingEnabled, requireBillingConfiguration } from '@kit/billing/configuration';
import type { PlanDefinition } from '@kit/billing/plans';
import { getStripe, type Stripe } from '@kit/billing/stripe-client';
import type { Database } from '@kit/database';
import { member } from '@kit/database/schema';
import { NotFoundError } from '@kit/errors';
import { count, eq } from 'drizzle-orm';
import { m } from '~/paraglide/messages';

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export function requireBillingOn() {
  if (!isBillingEnabled()) throw new NotFoundError(m.err_billing_off());
  return requireBillingConfiguration();
}

export async function billingWithStripe(): Promise<ReturnType<typeof requireBillingOn> & { stripe: Stripe }> {
  const configuration = requireBillingOn();
  return { ...configuration, stripe: await getStripe() };
}

export function isPerSeat(plan: PlanDefinition | undefined): boolean {
  return plan?.price?.perSeat === true;
}

export async function memberCount(tx: Pick<Transaction, 'select'>, organizationId: string): Promise<number> {
  const [row] = await tx
    .select({ value: count() })
    .from(member)
    .where(eq(member.organizationId, organizationId));
  return row?.value ?? 0;
}

/** The organization's member count, never below one (a per-seat subscription's quantity). */
export async function seatCount(tx: Pick<Transaction, 'select'>, organizationId: string): Promise<number> {
  return Math.max(1, await memberCount(tx, organizationId));
}

/** The billing settings page (success, cancel and portal return URLs lead back here). */
export { BILLING_PATH as BILLING_PAGE } from '@kit/auth/entitlements';
