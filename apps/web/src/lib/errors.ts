import { HttpError } from '@kit/better-auth/errors';

/** The message a user should see for a failed call (server functions send safe messages only). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again.';
}

/** Field errors carried by a 400 from validateInput, if any. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  return error instanceof HttpError ? (error.fieldErrors ?? {}) : {};
}
