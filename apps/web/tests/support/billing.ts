// Billing in HTTP tests: the production build with billing on, talking to the Stripe stand-in
// (@kit/stripe-stand-in), and organizations with a Stripe customer or a subscription made the way the
// app's checkout makes them.
import { getDatabase } from '@kit/database';
import { organizationBilling, stripeEvent } from '@kit/database/schema';
import { createTestOrganization, createTestUser, type TestUser } from '@kit/database/testing';
import {
  type EventShape,
  type PriceShape,
  type StripeStandIn,
  startStripeStandIn,
} from '@kit/stripe-stand-in';
import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { type AppServer, freePort, startAppServer } from './app-server';

export const TEST_STRIPE_SECRET_KEY = 'sk_test_kit_billing_tests';
export const TEST_STRIPE_WEBHOOK_SECRET = 'whsec_kit_billing_tests_0123456789';
export const WEBHOOK_PATH = '/api/billing/webhook';

export type PaidPlanId = 'pro' | 'team';

export interface BillingApp {
  app: AppServer;
  standIn: StripeStandIn;
  /** The Stripe price of each paid plan, as the app's STRIPE_PRICE_* variables name them. */
  prices: Record<PaidPlanId, PriceShape>;
  /** The real SDK pointed at the stand-in (no retries: a test sees each failure). */
  stripe: Stripe;
  /** `${app.baseUrl}/api/billing/webhook`, where the stand-in delivers. */
  webhookUrl: string;
  /** Delivers an event to the app, signed with the app's webhook secret (the stand-in's `deliver`). */
  deliver: StripeStandIn['deliver'];
  stop: () => Promise<void>;
}

/** The environment that turns billing on against the stand-in (for `startAppServer`). */
export function billingEnv(standIn: StripeStandIn, prices: Record<PaidPlanId, PriceShape>) {
  return {
    STRIPE_SECRET_KEY: TEST_STRIPE_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: TEST_STRIPE_WEBHOOK_SECRET,
    STRIPE_API_URL: standIn.url,
    STRIPE_PRICE_PRO: prices.pro.id,
    STRIPE_PRICE_TEAM: prices.team.id,
  };
}

/**
 * Starts the stand-in (with the pro and team prices of billing-plans.ts) and the production build with
 * billing on; the stand-in's hosted checkout delivers its webhooks to the app. `env` adds to the app's.
 */
export async function startBillingApp(env: Record<string, string | undefined> = {}): Promise<BillingApp> {
  const port = await freePort();
  const webhookUrl = `http://localhost:${port}${WEBHOOK_PATH}`;
  const standIn = await startStripeStandIn({ webhookUrl, webhookSecret: TEST_STRIPE_WEBHOOK_SECRET });
  const prices = {
    pro: standIn.addPrice({ id: 'price_pro_monthly', unitAmount: 1900, currency: 'eur' }),
    team: standIn.addPrice({ id: 'price_team_seat_monthly', unitAmount: 900, currency: 'eur' }),
  };
  const app = await startAppServer({ ...billingEnv(standIn, prices), ...env }, { port }).catch(
    async (error: unknown) => {
      await standIn.close();
      throw error;
    },
  );
  const stripe = new Stripe(TEST_STRIPE_SECRET_KEY, { ...standIn.stripeOptions, maxNetworkRetries: 0 });
  return {
    app,
    standIn,
    prices,
    stripe,
    webhookUrl,
    deliver: (event, target) => standIn.deliver(event, target),
    stop: async () => {
      await app.stop();
      await standIn.close();
    },
  };
}

/** The organization's billing row (undefined before its first checkout). */
export async function billingRowOf(organizationId: string) {
  const [row] = await getDatabase()
    .select()
    .from(organizationBilling)
    .where(eq(organizationBilling.organizationId, organizationId));
  return row;
}

/** How many times the event id was recorded as applied (0 or 1). */
export async function recordedEventCount(eventId: string): Promise<number> {
  const rows = await getDatabase().select().from(stripeEvent).where(eq(stripeEvent.id, eventId));
  return rows.length;
}

/** A Stripe customer for the organization and its billing row, as the app's first checkout creates them. */
export async function createBillingCustomer(billing: BillingApp, organizationId: string): Promise<string> {
  const customer = await billing.stripe.customers.create({ metadata: { organizationId } });
  await getDatabase().insert(organizationBilling).values({ organizationId, stripeCustomerId: customer.id });
  return customer.id;
}

/**
 * A checkout of the organization's customer, paid on the stand-in (nothing delivered to the app yet):
 * it carries the organization id as the app's checkout does (client_reference_id, subscription metadata).
 */
export async function completeTestCheckout(
  billing: BillingApp,
  input: {
    organizationId: string;
    customerId: string;
    planId?: PaidPlanId;
    quantity?: number;
    status?: 'active' | 'trialing';
  },
) {
  const session = await billing.stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: input.customerId,
    client_reference_id: input.organizationId,
    line_items: [{ price: billing.prices[input.planId ?? 'pro'].id, quantity: input.quantity ?? 1 }],
    subscription_data: { metadata: { organizationId: input.organizationId } },
    success_url: `${billing.app.baseUrl}/settings/billing?checkout=success`,
    cancel_url: `${billing.app.baseUrl}/settings/billing`,
  });
  await getDatabase()
    .update(organizationBilling)
    .set({ openCheckoutSessionId: session.id })
    .where(eq(organizationBilling.organizationId, input.organizationId));
  return billing.standIn.completeCheckout(session.id, { status: input.status ?? 'active' });
}

export interface SubscribedOrganization {
  organizationId: string;
  owner: TestUser;
  customerId: string;
  subscriptionId: string;
  checkoutSessionId: string;
  /** The checkout.session.completed event that linked it (already delivered when `linked`). */
  checkoutEvent: EventShape;
}

/**
 * An organization (its owner plus `members`) whose checkout of `planId` completed in the stand-in. With
 * `linked` (default true) the checkout.session.completed event was delivered to the app and answered 200,
 * so the billing row holds the subscription.
 */
export async function createSubscribedOrganization(
  billing: BillingApp,
  options: {
    planId?: PaidPlanId;
    status?: 'active' | 'trialing';
    members?: Array<{ user: TestUser; role: 'admin' | 'member' }>;
    linked?: boolean;
  } = {},
): Promise<SubscribedOrganization> {
  const db = getDatabase();
  const owner = await createTestUser(db);
  const organization = await createTestOrganization(db, {
    members: [
      { userId: owner.id, role: 'owner' },
      ...(options.members ?? []).map(({ user, role }) => ({ userId: user.id, role })),
    ],
  });
  const customerId = await createBillingCustomer(billing, organization.id);
  const { session, subscription } = await completeTestCheckout(billing, {
    organizationId: organization.id,
    customerId,
    planId: options.planId,
    quantity: options.planId === 'team' ? 1 + (options.members?.length ?? 0) : 1,
    status: options.status,
  });
  const checkoutEvent = billing.standIn.event('checkout.session.completed', session);
  if (options.linked ?? true) {
    const delivery = await billing.deliver(checkoutEvent);
    if (delivery.status !== 200) {
      throw new Error(`Linking the subscription answered ${delivery.status}: ${delivery.body}`);
    }
  }
  return {
    organizationId: organization.id,
    owner,
    customerId,
    subscriptionId: subscription.id,
    checkoutSessionId: session.id,
    checkoutEvent,
  };
}
