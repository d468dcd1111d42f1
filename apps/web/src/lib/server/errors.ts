import { HttpError } from '@kit/errors';
import { logger } from '@kit/logger';
import { m } from '~/paraglide/messages';

export function isHttpError(error: unknown): error is HttpError {
  return error instanceof HttpError;
}

/** The fields of better-auth's APIError (better-call's) that an answer is built from. */
interface AuthApiError extends Error {
  statusCode: number;
  body?: unknown;
}

/**
 * better-auth's APIError, recognised by its name as better-auth's own `isAPIError` also does: importing
 * that would load all of better-auth with every request's error handling.
 */
function isAuthApiError(error: unknown): error is AuthApiError {
  return (
    error instanceof Error &&
    error.name === 'APIError' &&
    typeof (error as Partial<AuthApiError>).statusCode === 'number'
  );
}

/** better-auth's APIError (from auth.api calls in server functions) as an HttpError with its status. */
export function fromAuthApiError(error: unknown): HttpError | undefined {
  if (!isAuthApiError(error) || error.statusCode >= 500) return undefined;
  const body = (error.body ?? {}) as { message?: unknown; code?: unknown };
  const message = typeof body.message === 'string' && body.message ? body.message : m.err_request_refused();
  return new HttpError(error.statusCode, message, typeof body.code === 'string' ? body.code : 'AUTH_ERROR');
}

/** Logs an unexpected error with its request id and returns what the client may see. */
export function toSafeError(error: unknown, requestId: string): HttpError {
  logger.error({ reqId: requestId, err: error }, 'unexpected server error');
  return new HttpError(500, m.err_internal({ requestId }), 'INTERNAL');
}
