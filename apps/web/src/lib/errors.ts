import {
  HttpError,
  NOT_WHILE_IMPERSONATING,
  PaymentRequiredError,
  PLAN_LIMIT_REACHED,
  SUBSCRIPTION_READ_ONLY,
} from '@kit/errors';
import { m } from '~/paraglide/messages';

/** The message a user should see for a failed call (server functions send safe messages only). */
export function errorMessage(error: unknown): string {
  // The shared packages word a few errors in English; the app words them by their code.
  if (error instanceof HttpError && error.code === 'UNAUTHORIZED') return m.err_sign_in_needed();
  if (error instanceof HttpError && error.code === NOT_WHILE_IMPERSONATING)
    return m.err_not_while_impersonating();
  if (error instanceof HttpError && error.code === PLAN_LIMIT_REACHED) return m.err_plan_limit_reached();
  if (error instanceof HttpError && error.code === SUBSCRIPTION_READ_ONLY)
    return m.err_subscription_read_only();
  if (error instanceof Error && error.message) return error.message;
  return m.error_generic();
}

/** Field errors carried by a 400 from validateInput, if any. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  return error instanceof HttpError ? (error.fieldErrors ?? {}) : {};
}

/** Where a plan refusal (402) says to upgrade, if the error is one. */
export function upgradeUrlOf(error: unknown): string | null {
  return error instanceof PaymentRequiredError ? error.upgradeUrl : null;
}
