import { HttpError, NOT_WHILE_IMPERSONATING } from '@kit/errors';
import { m } from '~/paraglide/messages';

/** The message a user should see for a failed call (server functions send safe messages only). */
export function errorMessage(error: unknown): string {
  // The shared packages word a few errors in English; the app words them by their code.
  if (error instanceof HttpError && error.code === 'UNAUTHORIZED') return m.err_sign_in_needed();
  if (error instanceof HttpError && error.code === NOT_WHILE_IMPERSONATING)
    return m.err_not_while_impersonating();
  if (error instanceof Error && error.message) return error.message;
  return m.error_generic();
}

/** Field errors carried by a 400 from validateInput, if any. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  return error instanceof HttpError ? (error.fieldErrors ?? {}) : {};
}
