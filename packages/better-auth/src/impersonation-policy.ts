// When an impersonation session must end: an hour after it began (whatever cookies the client sends
// back), and at once when the admin who started it is no longer an admin in good standing.
import { isAdminRole } from './roles';
import { isFreshSession, sessionPolicy } from './session-policy';

export interface SessionTimes {
  impersonatedBy?: string | null;
  createdAt: Date | string;
  expiresAt: Date | string;
}

/** The latest moment an impersonation session may last until. */
export function impersonationDeadline(session: SessionTimes): Date {
  return new Date(new Date(session.createdAt).getTime() + sessionPolicy.impersonationLifetimeSeconds * 1000);
}

export interface UserStanding {
  role?: string | null;
  banned?: boolean | null;
  banExpires?: Date | string | null;
}

/** A ban with no expiry, or one that has not expired yet. */
export function isBanInForce(standing: UserStanding, now = Date.now()): boolean {
  return Boolean(standing.banned) && (!standing.banExpires || new Date(standing.banExpires).getTime() > now);
}

/** The impersonating admin (null: deleted) may still act: still an admin, and not banned. */
export function isImpersonatorInGoodStanding(
  admin: UserStanding | null | undefined,
  now = Date.now(),
): boolean {
  return Boolean(admin) && isAdminRole(admin?.role) && !isBanInForce(admin ?? {}, now);
}

async function impersonatorInGoodStanding(adminId: string, now: number): Promise<boolean> {
  // Loaded here: the rest of this policy is read on every request, which needs no database client.
  const [{ getDatabase }, { user }, { eq }] = await Promise.all([
    import('@kit/database'),
    import('@kit/database/schema'),
    import('drizzle-orm'),
  ]);
  const [admin] = await getDatabase()
    .select({ role: user.role, banned: user.banned, banExpires: user.banExpires })
    .from(user)
    .where(eq(user.id, adminId));
  return isImpersonatorInGoodStanding(admin, now);
}

/**
 * True when an impersonation session must end now. Costs one query, and only for impersonation
 * sessions; other sessions answer false at once.
 */
export async function impersonationHasEnded(session: SessionTimes, now = Date.now()): Promise<boolean> {
  if (!session.impersonatedBy) return false;
  if (now >= impersonationDeadline(session).getTime()) return true;
  return !(await impersonatorInGoodStanding(session.impersonatedBy, now));
}

/** True when a refresh pushed the session's expiry past the impersonation deadline. */
export function expiresAfterImpersonationDeadline(session: SessionTimes): boolean {
  return (
    Boolean(session.impersonatedBy) &&
    new Date(session.expiresAt).getTime() > impersonationDeadline(session).getTime()
  );
}

/**
 * Whether a session may do what needs a fresh one. An impersonation session never may, however young:
 * the admin who opened it never proved anything the user knows.
 */
export function countsAsFresh(session: SessionTimes, now = Date.now()): boolean {
  return !session.impersonatedBy && isFreshSession(session.createdAt, now);
}
