/** The message a user should see for a failed call (server functions send safe messages only). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again.';
}

/** Field errors carried by a 400 from validateInput, if any. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  if (error && typeof error === 'object' && 'fieldErrors' in error) {
    const value = (error as { fieldErrors: unknown }).fieldErrors;
    if (value && typeof value === 'object') return value as Record<string, string[]>;
  }
  return {};
}
