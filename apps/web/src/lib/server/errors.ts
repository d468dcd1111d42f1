import { HttpError } from '@kit/better-auth/context';
import { isNotFound, isRedirect } from '@tanstack/react-router';

export function isHttpError(error: unknown): boolean {
  return error instanceof HttpError || isRedirect(error) || isNotFound(error) || error instanceof Response;
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
