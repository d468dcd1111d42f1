// The organization's activity log: the audit rows written with its id (record-activity.ts), newest
// first, one statement per page. Keyset pagination on (created_at, id) follows the index
// audit_log_organization_created_at_idx; a page never shifts when new events arrive.
import { getDatabase } from '@kit/database';
import { auditLog, user } from '@kit/database/schema';
import { and, desc, eq, sql } from 'drizzle-orm';
import { describeUserAgent } from '~/lib/server/user-agent';
import { decodeCursor, encodeCursor } from './activity-cursor';

/** What the log may show of an event's metadata (record-activity.ts writes no other keys). */
const SHOWN_METADATA = ['email', 'role', 'from', 'to', 'name', 'slug', 'changed'] as const;

export type ActivityDetails = Partial<Record<(typeof SHOWN_METADATA)[number], string>>;

export interface ActivityItem {
  id: string;
  action: string;
  /** The actor's current name, or the address recorded with the event when the account is gone. */
  actorName: string | null;
  actorEmail: string | null;
  impersonated: boolean;
  details: ActivityDetails;
  ipAddress: string | null;
  userAgent: string | null;
  createdAt: Date;
}

export interface ActivityPage {
  items: ActivityItem[];
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

function detailsOf(metadata: Record<string, unknown> | null): ActivityDetails {
  const details: ActivityDetails = {};
  for (const key of SHOWN_METADATA) {
    const value = metadata?.[key];
    if (typeof value === 'string') details[key] = value;
    else if (Array.isArray(value)) details[key] = value.filter((v) => typeof v === 'string').join(',');
  }
  return details;
}

export async function listOrganizationActivity(
  organizationId: string,
  input: { cursor?: string; limit: number },
): Promise<ActivityPage> {
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const rows = await getDatabase()
    .select({
      id: auditLog.id,
      action: auditLog.action,
      actorName: user.name,
      actorEmail: auditLog.actorEmail,
      impersonatorId: auditLog.impersonatorId,
      metadata: auditLog.metadata,
      ipAddress: auditLog.ipAddress,
      userAgent: auditLog.userAgent,
      createdAt: auditLog.createdAt,
      position: sql<string>`to_char(${auditLog.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(auditLog)
    .leftJoin(user, eq(user.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.organizationId, organizationId),
        after
          ? sql`(${auditLog.createdAt}, ${auditLog.id}) < (${after.createdAt}::timestamptz, ${after.id})`
          : undefined,
      ),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      action: row.action,
      actorName: row.actorName || null,
      actorEmail: row.actorEmail,
      impersonated: row.impersonatorId !== null,
      details: detailsOf(row.metadata),
      ipAddress: row.ipAddress,
      userAgent: deviceLine(row.userAgent),
      createdAt: row.createdAt,
    })),
    nextCursor:
      rows.length > input.limit && last ? encodeCursor({ createdAt: last.position, id: last.id }) : null,
  };
}

/** "Firefox 140 · Linux": the device in a few words; null when the agent says neither. */
function deviceLine(userAgent: string | null): string | null {
  const { browser, os } = describeUserAgent(userAgent);
  return [browser, os].filter(Boolean).join(' · ') || null;
}
