import { type FieldErrors, HttpError } from '@kit/errors';
import { createSerializationAdapter } from '@tanstack/react-router';

/** Sends HttpError (status, code, message, field errors — no stack) from server functions to the client. */
export const httpErrorAdapter = createSerializationAdapter({
  key: 'kit-http-error',
  test: (value): value is HttpError => value instanceof HttpError,
  toSerializable: (error) => ({
    status: error.status,
    code: error.code,
    message: error.message,
    fieldErrors: error.fieldErrors ?? null,
  }),
  fromSerializable: (value: {
    status: number;
    code: string;
    message: string;
    fieldErrors: FieldErrors | null;
  }) => new HttpError(value.status, value.message, value.code, value.fieldErrors ?? undefined),
});
