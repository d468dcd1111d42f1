// What a session row read by the one statement (session-query.ts) means at a given moment: shared by
// the request's identity read (context.ts) and the get-session answer (get-session-answer.ts).
import { impersonationDeadline, isBanInForce, isImpersonatorInGoodStanding } from './impersonation-policy';
import { isPastAbsoluteLifetime, sessionPolicy } from './session-policy';
import type { SessionRow } from './session-query';

/**
 * `none`: no such session, expired, or its user banned. `ended`: a session the policy ends now (past its
 * absolute lifetime, or an impersonation past its terms), which must be deleted. `current`: in use.
 */
export type SessionRowState = 'none' | 'ended' | 'current';

/**
 * The impersonation policy (impersonation-policy.ts) on the row already read: the impersonating admin
 * came with the session, so this costs no query.
 */
function isImpersonationOver(row: SessionRow, now: number): boolean {
  if (!row.session.impersonatedBy) return false;
  return (
    now >= impersonationDeadline(row.session).getTime() ||
    !isImpersonatorInGoodStanding(row.impersonator, now)
  );
}

export function sessionRowState(row: SessionRow | undefined, now: number): SessionRowState {
  // A ban in force refuses the session even if a row survived (bans normally delete them all).
  if (!row || row.session.expiresAt.getTime() <= now || isBanInForce(row.user, now)) return 'none';
  if (isPastAbsoluteLifetime(row.session.createdAt, now) || isImpersonationOver(row, now)) return 'ended';
  return 'current';
}

/**
 * better-auth's sliding expiry, as its get-session computes it: the row is pushed forward (and the cookie
 * re-set) once it is `updateAge` old, unless the client carries a valid "don't remember me" cookie.
 */
export function isDueForRefresh(session: { expiresAt: Date }, now: number): boolean {
  const { expiresInSeconds, updateAgeSeconds } = sessionPolicy;
  return session.expiresAt.getTime() - expiresInSeconds * 1000 + updateAgeSeconds * 1000 <= now;
}
