// Billing state, written only from Stripe (webhooks and explicit resyncs) — never ahead of it. One row per
// organization that ever opened a checkout: its Stripe customer and what Stripe last said of its
// subscription. The session statement joins it, so a page knows the active organization's plan.
import { boolean, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { organization } from './auth';

export const organizationBilling = pgTable('organization_billing', {
  organizationId: text('organization_id')
    .primaryKey()
    .references(() => organization.id, { onDelete: 'cascade' }),
  stripeCustomerId: text('stripe_customer_id').notNull().unique(),
  stripeSubscriptionId: text('stripe_subscription_id').unique(),
  planId: text('plan_id'),
  /** Stripe's subscription status (active, trialing, past_due, canceled, …); null before any. */
  status: text('status'),
  seats: integer('seats'),
  currentPeriodEnd: timestamp('current_period_end', { withTimezone: true }),
  cancelAtPeriodEnd: boolean('cancel_at_period_end').default(false).notNull(),
  trialEnd: timestamp('trial_end', { withTimezone: true }),
  /** Set when the status turns past_due, cleared when it leaves it: the grace period counts from here. */
  pastDueSince: timestamp('past_due_since', { withTimezone: true }),
  /** The checkout session still open for this organization: a second checkout reuses it. */
  openCheckoutSessionId: text('open_checkout_session_id'),
  /** A seat count Stripe has not taken yet (it was unreachable): the hourly job retries. */
  seatSyncPending: boolean('seat_sync_pending').default(false).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .defaultNow()
    .$onUpdate(() => new Date())
    .notNull(),
});

/** Every Stripe event applied, recorded in the transaction of its effect: a redelivery finds its id here. */
export const stripeEvent = pgTable('stripe_event', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).defaultNow().notNull(),
});
