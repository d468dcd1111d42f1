// Seats follow members: after a membership change commits, a per-seat subscription's quantity is set to
// the member count (never below one), with an idempotency key derived from that change. The membership
// change stands whatever Stripe does: when Stripe cannot take the count, seat_sync_pending is set and the
// hourly job (server-plugins/cleanup-schedule.ts) tries again.

import { getBilling, lockOrganizationBilling, storeSubscription } from '@kit/billing/billing-store';
import { isBillingEnabled } from '@kit/billing/configuration';
import { toSubscriptionRecord } from '@kit/billing/subscription-record';
import { getDatabase } from '@kit/database';
import { organizationBilling } from '@kit/database/schema';
import { logger } from '@kit/logger';
import { eq } from 'drizzle-orm';
import { billingWithStripe, isPerSeat, seatCount, type Transaction } from './billing-setup';
import { isLive } from './subscription.service';

export type SeatSync = 'unchanged' | 'updated' | 'not-per-seat' | 'pending';

function setSeatSyncPending(tx: Transaction, organizationId: string, pending: boolean) {
  return tx
    .update(organizationBilling)
    .set({ seatSyncPending: pending })
    .where(eq(organizationBilling.organizationId, organizationId));
}

async function syncSeatsNow(organizationId: string, changeKey: string): Promise<SeatSync> {
  const billing = await billingWithStripe();
  return getDatabase().transaction(async (tx) => {
    await lockOrganizationBilling(tx, organizationId);
    const row = await getBilling(tx, organizationId);
    const subscriptionId = row?.stripeSubscriptionId;
    const plan = row?.planId ? billing.plans.plans[row.planId] : undefined;
    if (!row || !subscriptionId || !isLive(row) || !isPerSeat(plan)) {
      if (row?.seatSyncPending) {
        await setSeatSyncPending(tx, organizationId, false);
      }
      return 'not-per-seat';
    }
    const quantity = await seatCount(tx, organizationId);
    try {
      // The item's id and quantity as Stripe has them now (the stored seats may lag a webhook behind).
      let subscription = await billing.stripe.subscriptions.retrieve(subscriptionId);
      const item = subscription.items.data[0];
      if (!item) throw new Error(`Subscription ${subscriptionId} has no item`);
      const changed = item.quantity !== quantity;
      if (changed) {
        subscription = await billing.stripe.subscriptions.update(
          subscriptionId,
          { items: [{ id: item.id, quantity }], proration_behavior: 'create_prorations' },
          { idempotencyKey: `seats:${organizationId}:${changeKey}:${quantity}` },
        );
      }
      await storeSubscription(tx, row, toSubscriptionRecord(subscription, billing.env.priceIds));
      await setSeatSyncPending(tx, organizationId, false);
      return changed ? 'updated' : 'unchanged';
    } catch (error) {
      logger.error(
        { err: error, organizationId, changeKey, quantity },
        'seat count not sent to Stripe; the hourly job retries it',
      );
      await setSeatSyncPending(tx, organizationId, true);
      return 'pending';
    }
  });
}

/**
 * Sets the subscription's quantity to the member count after a membership change (`changeKey` names the
 * change: the accepted invitation, the removed member). Never throws: the membership change has
 * committed already, and a failure leaves seat_sync_pending for the retry.
 */
export async function syncSeats(organizationId: string, changeKey: string): Promise<SeatSync> {
  if (!isBillingEnabled()) return 'not-per-seat';
  try {
    return await syncSeatsNow(organizationId, changeKey);
  } catch (error) {
    logger.error({ err: error, organizationId, changeKey }, 'seat sync failed');
    return 'pending';
  }
}

/** The hourly retry: every organization whose seat count Stripe has not taken yet. */
export async function retryPendingSeatSyncs(
  now = new Date(),
): Promise<{ retried: number; stillPending: number }> {
  if (!isBillingEnabled()) return { retried: 0, stillPending: 0 };
  const pending = await getDatabase()
    .select({ organizationId: organizationBilling.organizationId })
    .from(organizationBilling)
    .where(eq(organizationBilling.seatSyncPending, true));
  let stillPending = 0;
  for (const { organizationId } of pending) {
    if ((await syncSeats(organizationId, `retry-${now.getTime()}`)) === 'pending') stillPending += 1;
  }
  return { retried: pending.length, stillPending };
}
