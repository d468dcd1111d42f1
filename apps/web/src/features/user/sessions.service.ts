import { getDatabase } from '@kit/database';
import { session } from '@kit/database/schema';
import { NotFoundError } from '@kit/errors';
import { and, desc, eq, gt, ne } from 'drizzle-orm';
import { describeUserAgent } from '~/lib/server/user-agent';
import { m } from '~/paraglide/messages';

export interface SessionView {
  id: string;
  browser: string;
  os: string;
  ipAddress: string | null;
  createdAt: Date;
  lastActiveAt: Date;
  isCurrent: boolean;
}

function deviceOf(userAgent: string | null): { browser: string; os: string } {
  const { browser, os } = describeUserAgent(userAgent);
  return { browser: browser ?? m.sessions_unknown_browser(), os: os ?? m.sessions_unknown_system() };
}

/** The user's sessions that have not expired, most recently active first. */
export async function listUserSessions(userId: string, currentSessionId: string): Promise<SessionView[]> {
  const rows = await getDatabase()
    .select()
    .from(session)
    .where(and(eq(session.userId, userId), gt(session.expiresAt, new Date())))
    .orderBy(desc(session.updatedAt));
  return rows.map((row) => ({
    id: row.id,
    ...deviceOf(row.userAgent),
    ipAddress: row.ipAddress,
    createdAt: row.createdAt,
    lastActiveAt: row.updatedAt,
    isCurrent: row.id === currentSessionId,
  }));
}

/** Ends one of the user's own sessions; another user's session id is simply not found. */
export async function revokeOwnSession(userId: string, sessionId: string): Promise<void> {
  const deleted = await getDatabase()
    .delete(session)
    .where(and(eq(session.id, sessionId), eq(session.userId, userId)))
    .returning({ id: session.id });
  if (deleted.length === 0) throw new NotFoundError(m.err_session_ended());
}

export async function revokeOtherOwnSessions(userId: string, currentSessionId: string): Promise<number> {
  const deleted = await getDatabase()
    .delete(session)
    .where(and(eq(session.userId, userId), ne(session.id, currentSessionId)))
    .returning({ id: session.id });
  return deleted.length;
}
