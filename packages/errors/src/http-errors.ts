// Errors that carry an HTTP status. Safe to import in the browser: server functions send them to the
// client (status, code, message and field errors only — never a stack).

export type FieldErrors = Record<string, string[]>;

/** HttpError code of a sensitive operation refused because the session is older than the fresh age. */
export const SESSION_NOT_FRESH = 'SESSION_NOT_FRESH';

/**
 * Code of what an admin may not do while impersonating (take over the user, end their
 * sessions, delete what they cannot get back), on /api/auth and in the app's server functions alike.
 */
export const NOT_WHILE_IMPERSONATING = 'NOT_WHILE_IMPERSONATING';

/** Code of a new password refused because it is one of the most common ones. */
export const PASSWORD_TOO_COMMON = 'PASSWORD_TOO_COMMON';

/** HttpError code of deleting a user who is the only owner of organizations. */
export const SOLE_OWNER_CODE = 'SOLE_OWNER_OF_ORGANIZATIONS';

/** An error whose `status` becomes the HTTP status of a failed server function. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export class UnauthorizedError extends HttpError {
  constructor(message = 'You need to sign in to do this.') {
    super(401, message, 'UNAUTHORIZED');
    this.name = 'UnauthorizedError';
  }
}

export class ForbiddenError extends HttpError {
  constructor(message = 'You do not have permission to do this.') {
    super(403, message, 'FORBIDDEN');
    this.name = 'ForbiddenError';
  }
}

export class NotFoundError extends HttpError {
  constructor(message = 'Not found.') {
    super(404, message, 'NOT_FOUND');
    this.name = 'NotFoundError';
  }
}

/** HTTP 400 carrying a message a form can show and the errors of each field. */
export class ValidationError extends HttpError {
  constructor(fieldErrors: FieldErrors) {
    const fields = Object.keys(fieldErrors).filter((field) => field !== '_form');
    super(
      400,
      fields.length > 0
        ? `Check these fields and try again: ${fields.join(', ')}.`
        : 'The request was not valid. Check the form and try again.',
      'VALIDATION_FAILED',
      fieldErrors,
    );
    this.name = 'ValidationError';
  }
}

/** Code of a plan limit reached (the message names the limit; `upgradeUrl` leads to billing). */
export const PLAN_LIMIT_REACHED = 'PLAN_LIMIT_REACHED';

/** Code of a change refused because the subscription is past due beyond its grace period. */
export const SUBSCRIPTION_READ_ONLY = 'SUBSCRIPTION_READ_ONLY';

/** HTTP 402: the organization's plan does not cover this; `upgradeUrl` is where billing is managed. */
export class PaymentRequiredError extends HttpError {
  constructor(
    message: string,
    code: string,
    readonly upgradeUrl: string,
  ) {
    super(402, message, code);
    this.name = 'PaymentRequiredError';
  }
}
