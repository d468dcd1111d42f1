import { HttpError } from '@kit/better-auth/errors';

interface AuthClientError {
  status?: number;
  message?: string;
  code?: string;
}

type AuthClientResult<T> = { data: T; error: null } | { data: null; error: AuthClientError };

interface ErrorContext {
  response: Response;
}

function secondsText(seconds: number): string {
  return seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
}

/** better-auth client errors → a sentence for the form, saying what to do. */
export function authErrorMessage(error: AuthClientError, retryAfterSeconds?: number): string {
  if (error.status === 429) {
    return retryAfterSeconds
      ? `Too many attempts. Try again in ${secondsText(retryAfterSeconds)}.`
      : 'Too many attempts. Wait a minute and try again.';
  }
  switch (error.code) {
    case 'INVALID_EMAIL_OR_PASSWORD':
      return 'Email or password is incorrect.';
    case 'EMAIL_NOT_VERIFIED':
      return 'Confirm your email address first. We have sent you a new link; check your inbox.';
    case 'USER_ALREADY_EXISTS':
    case 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL':
      return 'An account with this email already exists. Sign in instead.';
    case 'INVALID_TOKEN':
      return 'This link is invalid or has expired. Ask for a new one.';
    case 'INVALID_PASSWORD':
      return 'That password is incorrect.';
    case 'INVALID_TWO_FACTOR_AUTHENTICATION':
    case 'INVALID_CODE':
    case 'INVALID_BACKUP_CODE':
      return 'That code is not valid. Check your authenticator app and try again.';
    default:
      return error.message || 'Something went wrong. Try again.';
  }
}

/**
 * Runs a better-auth client call; on failure throws an HttpError carrying a sentence for the form
 * (with the Retry-After delay of a rate-limited request) and the better-auth error code.
 */
export async function callAuth<T>(
  run: (fetchOptions: { onError: (context: ErrorContext) => void }) => Promise<AuthClientResult<T>>,
): Promise<T> {
  let retryAfter: number | undefined;
  const result = await run({
    onError: ({ response }) => {
      const header = Number(response.headers.get('retry-after'));
      retryAfter = Number.isFinite(header) && header > 0 ? header : undefined;
    },
  });
  if (result.error) {
    const { status = 400, code = 'AUTH_ERROR' } = result.error;
    throw new HttpError(status, authErrorMessage(result.error, retryAfter), code);
  }
  return result.data;
}
