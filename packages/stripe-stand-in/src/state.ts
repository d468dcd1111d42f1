import type {
  CheckoutIntent,
  CheckoutSessionShape,
  CustomerShape,
  InvoiceShape,
  PortalSessionShape,
  PriceShape,
  SubscriptionShape,
} from './shapes';

/** Everything one stand-in knows, in memory. Handlers and the control API change it; nothing else does. */
export class StandInState {
  readonly customers = new Map<string, CustomerShape>();
  readonly prices = new Map<string, PriceShape>();
  readonly checkoutSessions = new Map<string, CheckoutSessionShape>();
  readonly checkoutIntents = new Map<string, CheckoutIntent>();
  readonly portalSessions = new Map<string, PortalSessionShape>();
  readonly subscriptions = new Map<string, SubscriptionShape>();
  readonly invoices = new Map<string, InvoiceShape>();

  /** `baseUrl` is the stand-in's own origin, for the hosted checkout and portal pages. */
  constructor(public baseUrl: string) {}

  /** Any stored object by its id, for `expand[]`. */
  find(id: string): object | undefined {
    for (const map of [
      this.customers,
      this.prices,
      this.checkoutSessions,
      this.portalSessions,
      this.subscriptions,
      this.invoices,
    ] as Map<string, object>[]) {
      const found = map.get(id);
      if (found) return found;
    }
    return undefined;
  }
}

/** A copy that shares nothing with the state, so no caller can change it by accident. */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}
