// POST /api/billing/webhook: Stripe's deliveries. The signature is checked over the raw bytes before
// anything is parsed; each event is applied once, in one transaction, from what Stripe says now
// (@kit/billing/webhooks). Answers: 404 billing off, 400 not signed by Stripe, 500 not applied (Stripe
// retries; nothing was kept), 200 applied, a duplicate, ignored or for no known organization.

import { getBillingConfiguration } from '@kit/billing/configuration';
import { getStripe } from '@kit/billing/stripe-client';
import { applyStripeEvent, type EventOutcome, verifyStripeEvent } from '@kit/billing/webhooks';
import { getDatabase } from '@kit/database';
import { logger } from '@kit/logger';
import { readRawBody } from '~/lib/server/raw-body';
import { sendBillingNotice } from './billing-notices';

/** Stripe's events are far smaller; a larger body is refused before it is buffered. */
const MAX_EVENT_BYTES = 1024 * 1024;

const json = (body: Record<string, unknown>, status: number) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

function logOutcome(outcome: EventOutcome, fields: Record<string, unknown>) {
  if (outcome.result === 'unknown-organization') {
    logger.warn(
      { ...fields, customerId: outcome.customerId },
      'Stripe event for no known organization: recorded, nothing changed',
    );
  } else {
    logger.info({ ...fields, result: outcome.result }, 'Stripe event');
  }
}

export async function answerStripeWebhook(request: Request, requestId: string): Promise<Response> {
  const configuration = getBillingConfiguration();
  if (!configuration?.env) return json({ error: 'Not found.' }, 404);
  const rawBody = await readRawBody(request, MAX_EVENT_BYTES);
  if (rawBody === null) return json({ error: 'The request body is too large for a Stripe event.' }, 413);
  const stripe = await getStripe();
  const event = await verifyStripeEvent(
    stripe,
    rawBody,
    request.headers.get('stripe-signature'),
    configuration.env.webhookSecret,
  );
  if (!event) {
    logger.warn({ reqId: requestId }, 'refused a Stripe webhook delivery: signature missing or invalid');
    return json(
      {
        error:
          'The Stripe-Signature header is missing, does not match this endpoint’s signing secret, or is too old.',
      },
      400,
    );
  }
  const fields = { reqId: requestId, eventId: event.id, eventType: event.type };
  let outcome: EventOutcome;
  try {
    outcome = await applyStripeEvent(
      { db: getDatabase(), stripe, plans: configuration.plans, priceIds: configuration.env.priceIds },
      event,
    );
  } catch (error) {
    logger.error({ ...fields, err: error }, 'could not apply a Stripe event: nothing kept, Stripe retries');
    return json({ error: `The event could not be applied now; retry later (request ${requestId}).` }, 500);
  }
  logOutcome(outcome, fields);
  if (outcome.result === 'applied' && outcome.notice) {
    // After the commit: the event stays applied even when an email cannot be sent (that is logged).
    await sendBillingNotice(outcome.notice, configuration.plans).catch((error: unknown) => {
      logger.error({ ...fields, err: error }, 'could not send the emails of a Stripe event');
    });
  }
  return json({ received: true, result: outcome.result }, 200);
}
