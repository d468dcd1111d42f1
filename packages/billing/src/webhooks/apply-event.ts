// Applies one verified Stripe event exactly once: in one transaction, under the organization's billing
// lock, the event id is recorded together with its effect. A redelivery finds the id and changes nothing;
// a failure rolls both back, so Stripe's retry applies it later.

import type { Database } from '@kit/database';
import { organizationBilling, stripeEvent } from '@kit/database/schema';
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { accessOf } from '../access';
import { getBilling, getBillingByCustomer, lockOrganizationBilling } from '../billing-store';
import type { BillingPlans } from '../plans';
import { type EventTarget, targetOfEvent } from './event-target';
import { linkLatestSubscription } from './link-subscription';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** An email the event calls for, sent by the app after the transaction committed. */
export type BillingNotice =
  | { kind: 'payment-failed'; organizationId: string; planId: string; graceEndsAt: Date }
  | { kind: 'trial-ending'; organizationId: string; planId: string; trialEndsAt: Date };

export type EventOutcome =
  | { result: 'applied'; organizationId: string; notice: BillingNotice | null }
  /** Recorded earlier: nothing done now. */
  | { result: 'duplicate' }
  /** An event type the kit does not handle: recorded only. */
  | { result: 'ignored' }
  /** No organization of this app matches the event: recorded only (the caller logs it). */
  | { result: 'unknown-organization'; customerId: string | null };

export interface ApplyContext {
  db: Database;
  stripe: Stripe;
  plans: BillingPlans;
  priceIds: Record<string, string>;
}

async function organizationOf(db: Database, target: EventTarget): Promise<string | null> {
  if (target.organizationId) return target.organizationId;
  if (!target.customerId) return null;
  return (await getBillingByCustomer(db, target.customerId))?.organizationId ?? null;
}

async function recordEvent(tx: Transaction, event: Stripe.Event): Promise<boolean> {
  const inserted = await tx
    .insert(stripeEvent)
    .values({ id: event.id, type: event.type })
    .onConflictDoNothing()
    .returning({ id: stripeEvent.id });
  return inserted.length > 0;
}

async function applyToOrganization(
  tx: Transaction,
  context: ApplyContext,
  target: EventTarget,
  organizationId: string,
): Promise<EventOutcome> {
  const row = await getBilling(tx, organizationId);
  if (!row || (target.customerId && row.stripeCustomerId !== target.customerId)) {
    return { result: 'unknown-organization', customerId: target.customerId };
  }
  const applied = { result: 'applied' as const, organizationId, notice: null };
  if (target.type === 'checkout.session.completed') {
    await tx
      .update(organizationBilling)
      .set({ openCheckoutSessionId: null })
      .where(eq(organizationBilling.organizationId, organizationId));
  }
  if (!target.subscriptionId) return applied;
  const { linked, extra } = await linkLatestSubscription(
    tx,
    context.stripe,
    row,
    target.subscriptionId,
    context.priceIds,
  );
  if (extra && target.type === 'checkout.session.completed' && extra.id === target.subscriptionId) {
    // At most one live subscription per organization: the one it already had stays.
    await context.stripe.subscriptions.cancel(extra.id, {}, { idempotencyKey: `cancel-extra-${extra.id}` });
  }
  if (!linked || linked.id !== target.subscriptionId) return applied;
  const stored = await getBilling(tx, organizationId);
  const planId = stored?.planId;
  if (!stored || !planId) return applied;
  if (target.type === 'invoice.payment_failed' && stored.status === 'past_due') {
    const { graceEndsAt } = accessOf(context.plans, stored);
    if (graceEndsAt)
      return { ...applied, notice: { kind: 'payment-failed', organizationId, planId, graceEndsAt } };
  }
  if (
    target.type === 'customer.subscription.trial_will_end' &&
    stored.status === 'trialing' &&
    stored.trialEnd
  ) {
    return {
      ...applied,
      notice: { kind: 'trial-ending', organizationId, planId, trialEndsAt: stored.trialEnd },
    };
  }
  return applied;
}

/** Applies a verified event once. Throws when Stripe or the database fails: nothing is kept then. */
export async function applyStripeEvent(context: ApplyContext, event: Stripe.Event): Promise<EventOutcome> {
  const target = targetOfEvent(event);
  const organizationId = target ? await organizationOf(context.db, target) : null;
  return context.db.transaction(async (tx) => {
    if (organizationId) await lockOrganizationBilling(tx, organizationId);
    if (!(await recordEvent(tx, event))) return { result: 'duplicate' };
    if (!target) return { result: 'ignored' };
    if (!organizationId) return { result: 'unknown-organization', customerId: target.customerId };
    return applyToOrganization(tx, context, target, organizationId);
  });
}
