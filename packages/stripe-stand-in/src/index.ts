export type { Faults, LoggedRequest } from './api-server';
export type { CompleteCheckoutOptions } from './checkout';
export type { InvoiceOptions } from './invoices';
export type { AddPriceInput } from './prices';
export type {
  CheckoutSessionShape,
  CustomerShape,
  EventShape,
  InvoiceShape,
  PortalSessionShape,
  PriceShape,
  SubscriptionItemShape,
  SubscriptionShape,
} from './shapes';
export { type StripeStandIn, type StripeStandInOptions, startStripeStandIn } from './stand-in';
export type { SubscriptionPatch } from './subscription-patch';
export type { DeliveryRecord, DeliveryResult, DeliveryTarget, EventOptions } from './webhooks';
