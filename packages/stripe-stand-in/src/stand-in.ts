import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Stripe from 'stripe';
import { type Faults, handleApiRequest, type LoggedRequest } from './api-server';
import { type CompleteCheckoutOptions, completeCheckout } from './checkout';
import { handleHostedPage } from './hosted-pages';
import { IdempotencyStore } from './idempotency';
import { createInvoice, type InvoiceOptions } from './invoices';
import { type AddPriceInput, addPrice } from './prices';
import type {
  CheckoutSessionShape,
  CustomerShape,
  EventShape,
  InvoiceShape,
  PortalSessionShape,
  PriceShape,
  SubscriptionShape,
} from './shapes';
import { StandInState, snapshot } from './state';
import { patchSubscription, type SubscriptionPatch } from './subscription-patch';
import {
  buildEvent,
  type DeliveryRecord,
  type DeliveryResult,
  type DeliveryTarget,
  deliverEvent,
  type EventOptions,
} from './webhooks';

export interface StripeStandInOptions {
  /** Where the hosted checkout page (and `deliver` by default) posts webhook events. */
  webhookUrl?: string;
  /** The endpoint's signing secret (`whsec_...`) the app verifies with. */
  webhookSecret?: string;
  /** Defaults to a free port. */
  port?: number;
}

export interface StripeStandIn {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** Spread into the SDK's config: `new Stripe('sk_test_x', { ...standIn.stripeOptions })`. */
  readonly stripeOptions: { host: string; port: number; protocol: 'http' };
  readonly requests: LoggedRequest[];
  readonly deliveries: DeliveryRecord[];
  // The live state, to read in assertions; change it through the methods below.
  readonly customers: ReadonlyMap<string, CustomerShape>;
  readonly prices: ReadonlyMap<string, PriceShape>;
  readonly checkoutSessions: ReadonlyMap<string, CheckoutSessionShape>;
  readonly portalSessions: ReadonlyMap<string, PortalSessionShape>;
  readonly subscriptions: ReadonlyMap<string, SubscriptionShape>;
  readonly invoices: ReadonlyMap<string, InvoiceShape>;
  addPrice(input: AddPriceInput): PriceShape;
  completeCheckout(
    sessionId: string,
    options?: CompleteCheckoutOptions,
  ): { session: CheckoutSessionShape; subscription: SubscriptionShape };
  setSubscription(id: string, patch: SubscriptionPatch): SubscriptionShape;
  createInvoice(subscriptionId: string, options?: InvoiceOptions): InvoiceShape;
  event(type: Stripe.Event.Type, object: unknown, options?: EventOptions): EventShape;
  deliver(event: EventShape, target?: Partial<DeliveryTarget>): Promise<DeliveryResult>;
  failNext(count: number, status?: number): void;
  setUnavailable(unavailable: boolean): void;
  close(): Promise<void>;
}

/** Starts a stateful Stripe API stand-in on 127.0.0.1 for the real `stripe` SDK to talk to in tests. */
export async function startStripeStandIn(options: StripeStandInOptions = {}): Promise<StripeStandIn> {
  const state = new StandInState('');
  const requests: LoggedRequest[] = [];
  const deliveries: DeliveryRecord[] = [];
  const faults: Faults = { remaining: 0, status: 500, unavailable: false };
  const api = { state, idempotency: new IdempotencyStore(), requests, faults };

  async function deliver(event: EventShape, target: Partial<DeliveryTarget> = {}): Promise<DeliveryResult> {
    const url = target.url ?? options.webhookUrl;
    const secret = target.secret ?? options.webhookSecret;
    if (!url || !secret)
      throw new Error('deliver() needs a url and a secret (here or in startStripeStandIn).');
    const result = await deliverEvent(event, { url, secret });
    deliveries.push({ eventId: event.id, type: event.type, url, ...result });
    return result;
  }

  const hosted = {
    state,
    afterCheckout: async (session: CheckoutSessionShape, subscription: SubscriptionShape) => {
      if (!options.webhookUrl || !options.webhookSecret) return;
      await deliver(buildEvent('checkout.session.completed', session));
      await deliver(buildEvent('customer.subscription.created', subscription));
    },
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', state.baseUrl);
    const handled = url.pathname.startsWith('/v1/')
      ? handleApiRequest(api, request, response, url).then(() => true)
      : handleHostedPage(hosted, url.pathname, response);
    handled
      .then((found) => {
        if (!found) {
          response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          response.end('Not found in the Stripe stand-in.');
        }
      })
      .catch((error: unknown) => {
        if (response.headersSent) return response.destroy();
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(`The Stripe stand-in failed: ${error instanceof Error ? error.message : String(error)}`);
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  state.baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: state.baseUrl,
    port,
    stripeOptions: { host: '127.0.0.1', port, protocol: 'http' },
    requests,
    deliveries,
    customers: state.customers,
    prices: state.prices,
    checkoutSessions: state.checkoutSessions,
    portalSessions: state.portalSessions,
    subscriptions: state.subscriptions,
    invoices: state.invoices,
    addPrice: (input) => snapshot(addPrice(state, input)),
    completeCheckout: (sessionId, completeOptions) =>
      snapshot(completeCheckout(state, sessionId, completeOptions)),
    setSubscription: (id, patch) => snapshot(patchSubscription(state, id, patch)),
    createInvoice: (subscriptionId, invoiceOptions) => {
      const subscription = state.subscriptions.get(subscriptionId);
      if (!subscription) throw new Error(`No subscription ${subscriptionId} in the stand-in.`);
      return snapshot(createInvoice(state, subscription, invoiceOptions));
    },
    event: buildEvent,
    deliver,
    failNext: (count, status = 500) => {
      faults.remaining = count;
      faults.status = status;
    },
    setUnavailable: (unavailable) => {
      faults.unavailable = unavailable;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
