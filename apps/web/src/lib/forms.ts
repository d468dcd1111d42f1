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
