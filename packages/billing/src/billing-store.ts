// Reads and writes of organization_billing. Writes happen only with what Stripe said (webhooks, resync),
// inside the caller's transaction, after the caller locked the organization's row (lockBilling).

import type { Database } from '@kit/database';
import { organizationBilling } from '@kit/database/schema';
import { eq, sql } from 'drizzle-orm';
import type { SubscriptionRecord } from './subscription-record';

type Executor = Pick<Database, 'select' | 'update' | 'insert' | 'execute'>;

export type BillingRow = typeof organizationBilling.$inferSelect;

/**
 * Serializes everything billing does for one organization (checkout, webhooks, seat syncs, resync) until
 * the transaction ends, also before its billing row exists: a transaction-level advisory lock.
 */
export async function lockOrganizationBilling(tx: Executor, organizationId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`billing:${organizationId}`}, 0))`);
}

export async function getBilling(tx: Executor, organizationId: string): Promise<BillingRow | undefined> {
  const [row] = await tx
    .select()
    .from(organizationBilling)
    .where(eq(organizationBilling.organizationId, organizationId));
  return row;
}

export async function getBillingByCustomer(
  tx: Executor,
  customerId: string,
): Promise<BillingRow | undefined> {
  const [row] = await tx
    .select()
    .from(organizationBilling)
    .where(eq(organizationBilling.stripeCustomerId, customerId));
  return row;
}

/**
 * Stores the subscription as Stripe says it is now. The grace period of a past-due subscription counts
 * from the first time it was stored past due; any other status clears it.
 */
export async function storeSubscription(
  tx: Executor,
  current: BillingRow,
  record: SubscriptionRecord,
  now = new Date(),
): Promise<void> {
  const pastDueSince = record.status === 'past_due' ? (current.pastDueSince ?? now) : null;
  await tx
    .update(organizationBilling)
    .set({ ...record, pastDueSince })
    .where(eq(organizationBilling.organizationId, current.organizationId));
}
