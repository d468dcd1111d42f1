// Deleting an organization ends its billing first: a live subscription is cancelled in Stripe at once
// and an open checkout is expired, inside the transaction that deletes the organization. When Stripe
// refuses or cannot be reached, the caller's transaction fails and nothing is deleted (a deleted
// organization must never keep being charged).

import { getBilling, lockOrganizationBilling } from '@kit/billing/billing-store';
import { isBillingEnabled } from '@kit/billing/configuration';
import { logger } from '@kit/logger';
import { m } from '~/paraglide/messages';
import { billingWithStripe, type Transaction } from './billing-setup';
import { callStripe, isStripeMissing } from './stripe-failure';
import { isLive } from './subscription.service';

async function ignoreMissing<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    // Already ended in Stripe: nothing left to cancel.
    if (isStripeMissing(error)) return undefined;
    throw error;
  }
}

/** Run inside the transaction that deletes `organizationId`, before the delete. */
export async function endBillingBeforeDeletion(tx: Transaction, organizationId: string): Promise<void> {
  if (!isBillingEnabled()) return;
  await lockOrganizationBilling(tx, organizationId);
  const row = await getBilling(tx, organizationId);
  if (!row) return;
  const billing = await billingWithStripe();
  const subscriptionId = row.stripeSubscriptionId;
  if (subscriptionId && isLive(row)) {
    await callStripe(
      'subscriptions.cancel',
      () =>
        ignoreMissing(() =>
          billing.stripe.subscriptions.cancel(
            subscriptionId,
            {},
            { idempotencyKey: `delete:${organizationId}:${subscriptionId}` },
          ),
        ),
      m.err_billing_delete_stripe,
    );
    logger.info(
      { organizationId, subscriptionId },
      'subscription cancelled: the organization is being deleted',
    );
  }
  const sessionId = row.openCheckoutSessionId;
  if (sessionId) {
    const session = await callStripe(
      'checkout.sessions.retrieve',
      () => ignoreMissing(() => billing.stripe.checkout.sessions.retrieve(sessionId)),
      m.err_billing_delete_stripe,
    );
    if (session?.status === 'open') {
      await callStripe(
        'checkout.sessions.expire',
        () => billing.stripe.checkout.sessions.expire(sessionId),
        m.err_billing_delete_stripe,
      );
    }
  }
}
