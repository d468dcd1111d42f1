import { HttpError } from '@kit/better-auth/context';
import { z } from 'zod';

export type FieldErrors = Record<string, string[]>;

/** HTTP 400 carrying a message a form can show and the errors of each field. */
export class ValidationError extends HttpError {
  constructor(readonly fieldErrors: FieldErrors) {
    const fields = Object.keys(fieldErrors);
    super(
      400,
      fields.length > 0
        ? `Check these fields and try again: ${fields.join(', ')}.`
        : 'The request was not valid. Check the form and try again.',
      'VALIDATION_FAILED',
    );
    this.name = 'ValidationError';
  }
}

/**
 * A server-function validator from a zod schema: unknown keys are dropped (so a body cannot smuggle in
 * another user or organization id), and a failure is a 400 with field errors instead of a 500.
 */
export function validateInput<TSchema extends z.ZodType>(schema: TSchema) {
  return (input: z.input<TSchema>): z.output<TSchema> => {
    const result = schema.safeParse(input);
    if (!result.success) {
      const flattened = z.flattenError(result.error);
      const fieldErrors: FieldErrors = { ...flattened.fieldErrors } as FieldErrors;
      if (flattened.formErrors.length > 0) fieldErrors._form = flattened.formErrors;
      throw new ValidationError(fieldErrors);
    }
    return result.data;
  };
}
