import { type FieldErrors, ValidationError } from '@kit/errors';
import { z } from 'zod';

/**
 * A server-function validator from a zod schema: unknown keys are dropped (so a body cannot smuggle in
 * another user or organization id), and a failure is a 400 with field errors instead of a 500.
 */
export function validateInput<TSchema extends z.ZodType>(schema: TSchema) {
  return (input: z.input<TSchema>): z.output<TSchema> => {
    const result = schema.safeParse(input);
    if (!result.success) {
      const flattened = z.flattenError(result.error);
      const fieldErrors: FieldErrors = {};
      for (const [field, messages] of Object.entries(flattened.fieldErrors)) {
        if (Array.isArray(messages) && messages.length > 0) fieldErrors[field] = messages;
      }
      if (flattened.formErrors.length > 0) fieldErrors._form = flattened.formErrors;
      throw new ValidationError(fieldErrors);
    }
    return result.data;
  };
}
