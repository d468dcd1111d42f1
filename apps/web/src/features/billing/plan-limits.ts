// Plan limits checked where the limited thing is created: inside its transaction, the organization's row
// locked against other limited creates, the count taken under that lock, then the insert. Ten parallel
// creates cannot pass a limit of three. With billing off nothing is locked or counted.
import { requireEntitlement } from '@kit/auth/entitlements';
import type { Identity } from '@kit/better-auth/context';
import { getBilling } from '@kit/billing/billing-store';
import { isBillingEnabled } from '@kit/billing/configuration';
import { organization } from '@kit/database/schema';
import { eq } from 'drizzle-orm';
import type { BillingLimit } from '~/billing-plans';
import type { Transaction } from './billing-setup';

/**
 * 402 PLAN_LIMIT_REACHED unless the organization's plan leaves room for one more `limit`. `countUsed` runs
 * after the lock, in the same transaction. `subscription` is the organization's (the session's, for
 * the active organization; `storedSubscriptionOf` for another).
 */
export async function requireRoomForOneMore(
  tx: Transaction,
  organizationId: string,
  subscription: Pick<Identity, 'subscription'>,
  limit: BillingLimit,
  countUsed: () => Promise<number>,
): Promise<void> {
  if (!isBillingEnabled()) return;
  // "No key update": serializes the organization's limited creates without blocking the foreign-key checks
  // of inserts that reference the organization.
  await tx
    .select({ id: organization.id })
    .from(organization)
    .where(eq(organization.id, organizationId))
    .for('no key update');
  requireEntitlement(subscription, limit, await countUsed());
}

/** The organization's subscription as stored (for an organization that is not the session's active one). */
export async function storedSubscriptionOf(
  tx: Transaction,
  organizationId: string,
): Promise<Pick<Identity, 'subscription'>> {
  if (!isBillingEnabled()) return { subscription: null };
  const row = await getBilling(tx, organizationId);
  if (!row) return { subscription: null };
  const { planId, status, pastDueSince } = row;
  return { subscription: { planId, status, pastDueSince: pastDueSince?.toISOString() ?? null } };
}
