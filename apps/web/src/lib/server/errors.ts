import { HttpError } from '@kit/better-auth/errors';

export function isHttpError(error: unknown): error is HttpError {
  return error instanceof HttpError;
}

/** Logs an unexpected error with its request id and returns what the client may see. */
export function toSafeError(error: unknown, requestId: string): HttpError {
  console.error(`[request ${requestId}] unexpected server error`, error);
  return new HttpError(
    500,
    `Something went wrong on our side. Try again; if it keeps happening, report request id ${requestId}.`,
    'INTERNAL',
  );
}
