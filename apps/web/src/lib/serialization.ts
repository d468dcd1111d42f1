import { type FieldErrors, HttpError, PaymentRequiredError } from '@kit/errors';
import { createSerializationAdapter } from '@tanstack/react-router';

/**
 * Sends HttpError (status, code, message, field errors, and a plan refusal's upgrade link — no stack)
 * from server functions to the client.
 */
export const httpErrorAdapter = createSerializationAdapter({
  key: 'kit-http-error',
  test: (value): value is HttpError => value instanceof HttpError,
  toSerializable: (error) => ({
    status: error.status,
    code: error.code,
    message: error.message,
    fieldErrors: error.fieldErrors ?? null,
    upgradeUrl: error instanceof PaymentRequiredError ? error.upgradeUrl : null,
  }),
  fromSerializable: (value: {
    status: number;
    code: string;
    message: string;
    fieldErrors: FieldErrors | null;
    upgradeUrl: string | null;
  }) =>
    value.upgradeUrl
      ? new PaymentRequiredError(value.message, value.code, value.upgradeUrl)
      : new HttpError(value.status, value.message, value.code, value.fieldErrors ?? undefined),
});
