// What a failed Stripe call becomes for the caller. The SDK's errors carry a `type`; nothing of the
// SDK's message (which can name ids and parameters) reaches a user.
import { HttpError } from '@kit/errors';
import { logger } from '@kit/logger';
import { m } from '~/paraglide/messages';

interface StripeErrorLike {
  type: string;
  code?: string;
  statusCode?: number;
}

export function isStripeError(error: unknown): error is StripeErrorLike {
  return (
    error instanceof Error && 'type' in error && typeof error.type === 'string' && /^Stripe/.test(error.type)
  );
}

/** Stripe could not be reached, or answered that it is failing (5xx, rate limited): worth a retry later. */
export function isStripeUnavailable(error: unknown): boolean {
  if (!isStripeError(error)) return false;
  return (
    error.type === 'StripeConnectionError' ||
    error.type === 'StripeAPIError' ||
    error.type === 'StripeRateLimitError' ||
    (error.statusCode ?? 0) >= 500
  );
}

/** Stripe says the object does not exist (any more): a subscription already ended, say. */
export function isStripeMissing(error: unknown): boolean {
  return isStripeError(error) && error.code === 'resource_missing';
}

/**
 * Runs a Stripe call; a Stripe failure becomes a 503 (unreachable) or a 502 (refused) with a message that
 * says nothing was changed. Other errors pass through.
 */
export async function callStripe<T>(
  what: string,
  call: () => Promise<T>,
  message?: () => string,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isStripeError(error)) throw error;
    logger.error({ err: error, stripeCall: what }, 'Stripe call failed');
    if (isStripeUnavailable(error)) {
      throw new HttpError(503, (message ?? m.err_billing_stripe_unavailable)(), 'STRIPE_UNAVAILABLE');
    }
    throw new HttpError(502, (message ?? m.err_billing_stripe_refused)(), 'STRIPE_REFUSED');
  }
}
