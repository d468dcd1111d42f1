import Stripe from 'stripe';
import { newId, nowSeconds } from './ids';
import type { EventShape } from './shapes';
import { snapshot } from './state';

export interface EventOptions {
  /** For `*.updated` events: the changed fields' values before the change. */
  previousAttributes?: Record<string, unknown>;
  /** Seconds; defaults to now. Useful to test that older events do not overwrite newer state. */
  created?: number;
}

/** A Stripe Event around a copy of `object` (an event's data never changes after it is made). */
export function buildEvent(type: Stripe.Event.Type, object: unknown, options: EventOptions = {}): EventShape {
  return {
    id: newId('evt_'),
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: options.created ?? nowSeconds(),
    data: {
      object: snapshot(object),
      ...(options.previousAttributes ? { previous_attributes: snapshot(options.previousAttributes) } : {}),
    },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  };
}

export interface DeliveryTarget {
  url: string;
  secret: string;
}

export interface DeliveryResult {
  /** The app's HTTP status, or 0 when it could not be reached. */
  status: number;
  body: string;
}

/** One delivery the stand-in made, kept in `standIn.deliveries`. */
export interface DeliveryRecord extends DeliveryResult {
  eventId: string;
  type: string;
  url: string;
}

/**
 * Posts the event as Stripe does: serialized once, signed with the SDK's own test header over exactly
 * those bytes, and sent as they were signed (a re-serialized body would fail the app's verification).
 */
export async function deliverEvent(event: EventShape, target: DeliveryTarget): Promise<DeliveryResult> {
  const payload = JSON.stringify(event, null, 2);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: target.secret });
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'stripe-signature': signature,
        'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      },
      body: payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    return { status: 0, body: error instanceof Error ? error.message : String(error) };
  }
}
