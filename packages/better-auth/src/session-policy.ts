const MINUTE = 60;
const DAY = 24 * 60 * MINUTE;

/** Session lifetimes in one place (seconds). */
export const sessionPolicy = {
  /** Sliding expiry: a session unused for this long ends. */
  expiresInSeconds: 7 * DAY,
  /** How often an active session's expiry is pushed forward. */
  updateAgeSeconds: DAY,
  /** Absolute cap: a session ends this long after sign-in, however active. */
  maxLifetimeSeconds: 30 * DAY,
  /** Sensitive operations need a session younger than this. */
  freshAgeSeconds: 10 * MINUTE,
  /** An impersonation session ends this long after it began, whatever the client sends back. */
  impersonationLifetimeSeconds: 60 * MINUTE,
} as const;

/** Sensitive operations (credentials, email, two-factor, deletions) need a session this young. */
export function isFreshSession(createdAt: Date | string, now = Date.now()): boolean {
  return now - new Date(createdAt).getTime() <= sessionPolicy.freshAgeSeconds * 1000;
}

/** What the user is told when a session is not fresh: the UI then asks for the password again. */
export const NOT_FRESH_MESSAGE = 'For your security, confirm your password to continue.';

export function isPastAbsoluteLifetime(createdAt: Date | string, now = Date.now()): boolean {
  return now - new Date(createdAt).getTime() > sessionPolicy.maxLifetimeSeconds * 1000;
}
