import type { z } from 'zod';

export type FieldErrors = Partial<Record<string, string[]>>;

/** Reads a form into an object and validates it with zod; returns data or per-field errors. */
export function parseForm<TSchema extends z.ZodType>(
  schema: TSchema,
  form: HTMLFormElement,
): { data: z.output<TSchema>; errors?: undefined } | { data?: undefined; errors: FieldErrors } {
  const values = Object.fromEntries(new FormData(form).entries());
  const result = schema.safeParse(values);
  if (result.success) return { data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '_form');
    errors[key] = [...(errors[key] ?? []), issue.message];
  }
  return { errors };
}

/** better-auth client errors → a sentence for the form. */
export function authErrorMessage(error: { status?: number; message?: string; code?: string }): string {
  if (error.status === 429) return 'Too many attempts. Wait a minute and try again.';
  if (error.code === 'INVALID_EMAIL_OR_PASSWORD') return 'Email or password is incorrect.';
  if (error.code === 'USER_ALREADY_EXISTS' || error.code === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL') {
    return 'An account with this email already exists. Sign in instead.';
  }
  return error.message || 'Something went wrong. Try again.';
}
