import { createCheckoutSession, expireCheckoutSession, getCheckoutSession } from './checkout';
import { createCustomer, getCustomer, updateCustomer } from './customers';
import { StripeApiError } from './errors';
import type { Params } from './form';
import { getInvoice } from './invoices';
import {
  checkoutCreate,
  customerCreate,
  parseParams,
  portalCreate,
  subscriptionList,
  subscriptionUpdate,
} from './params';
import { createPortalSession } from './portal';
import { getPrice } from './prices';
import type { StandInState } from './state';
import { cancelSubscription, getSubscription, listSubscriptions, updateSubscription } from './subscriptions';

type Handler = (state: StandInState, params: Params, id: string) => object;

interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  /** One `:id` segment at most, matched by `([^/]+)`. */
  path: string;
  handle: Handler;
}

// The endpoints the kit calls; anything else answers 404 like an unknown Stripe URL.
const ROUTES: Route[] = [
  {
    method: 'POST',
    path: '/v1/customers',
    handle: (s, p) => createCustomer(s, parseParams(customerCreate, p)),
  },
  {
    method: 'GET',
    path: '/v1/customers/:id',
    handle: (s, _p, id) => getCustomer(s, id),
  },
  {
    method: 'POST',
    path: '/v1/customers/:id',
    handle: (s, p, id) => updateCustomer(s, id, parseParams(customerCreate, p)),
  },
  {
    method: 'POST',
    path: '/v1/checkout/sessions',
    handle: (s, p) => createCheckoutSession(s, parseParams(checkoutCreate, p)),
  },
  {
    method: 'GET',
    path: '/v1/checkout/sessions/:id',
    handle: (s, _p, id) => getCheckoutSession(s, id),
  },
  {
    method: 'POST',
    path: '/v1/checkout/sessions/:id/expire',
    handle: (s, _p, id) => expireCheckoutSession(s, id),
  },
  {
    method: 'POST',
    path: '/v1/billing_portal/sessions',
    handle: (s, p) => createPortalSession(s, parseParams(portalCreate, p)),
  },
  {
    method: 'GET',
    path: '/v1/subscriptions',
    handle: (s, p) => listSubscriptions(s, parseParams(subscriptionList, p)),
  },
  {
    method: 'GET',
    path: '/v1/subscriptions/:id',
    handle: (s, _p, id) => getSubscription(s, id),
  },
  {
    method: 'POST',
    path: '/v1/subscriptions/:id',
    handle: (s, p, id) => updateSubscription(s, id, parseParams(subscriptionUpdate, p)),
  },
  { method: 'DELETE', path: '/v1/subscriptions/:id', handle: (s, _p, id) => cancelSubscription(s, id) },
  { method: 'GET', path: '/v1/prices/:id', handle: (s, _p, id) => getPrice(s, id) },
  { method: 'GET', path: '/v1/invoices/:id', handle: (s, _p, id) => getInvoice(s, id) },
];

const COMPILED = ROUTES.map((route) => ({
  ...route,
  pattern: new RegExp(`^${route.path.replace(':id', '([^/]+)')}$`),
}));

function decodeId(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Runs the endpoint for `method path`; its answer is the stored object itself (the caller copies it). */
export function dispatch(state: StandInState, method: string, path: string, params: Params): object {
  for (const route of COMPILED) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (match) return route.handle(state, params, decodeId(match[1] ?? ''));
  }
  throw new StripeApiError(
    404,
    'invalid_request_error',
    `Unrecognized request URL (${method}: ${path}). The Stripe stand-in does not implement this endpoint.`,
  );
}
