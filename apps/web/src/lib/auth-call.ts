import { HttpError, PASSWORD_TOO_COMMON } from '@kit/errors';
import { formatNumber } from '~/lib/i18n/format';
import { m } from '~/paraglide/messages';

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
  return seconds >= 90
    ? m.auth_delay_minutes({ count: formatNumber(Math.ceil(seconds / 60)) })
    : m.auth_delay_seconds({ count: formatNumber(seconds) });
}

/** better-auth client errors → a sentence for the form, saying what to do. */
export function authErrorMessage(error: AuthClientError, retryAfterSeconds?: number): string {
  if (error.status === 429) {
    return retryAfterSeconds
      ? m.auth_too_many_retry({ delay: secondsText(retryAfterSeconds) })
      : m.auth_too_many();
  }
  switch (error.code) {
    case 'INVALID_EMAIL_OR_PASSWORD':
      return m.auth_invalid_credentials();
    case 'EMAIL_NOT_VERIFIED':
      return m.auth_email_not_verified();
    case 'USER_ALREADY_EXISTS':
    case 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL':
      return m.auth_user_exists();
    case 'INVALID_TOKEN':
      return m.auth_invalid_token();
    case 'BANNED_USER':
      return m.auth_banned();
    case 'INVALID_PASSWORD':
      return m.auth_invalid_password();
    case PASSWORD_TOO_COMMON:
      return m.auth_password_too_common();
    case 'INVALID_TWO_FACTOR_AUTHENTICATION':
    case 'INVALID_CODE':
    case 'INVALID_BACKUP_CODE':
      return m.auth_invalid_code();
    default:
      return error.message || m.error_generic();
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
