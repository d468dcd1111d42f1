import { getDatabase } from '@kit/database';
import { auditLog } from '@kit/database/schema';
import { and, count, desc, eq, gte, lt, or } from 'drizzle-orm';
import { ADMIN_PAGE_SIZE } from './admin.schemas';

export interface AuditFilter {
  action?: string;
  actor?: string;
  target?: string;
  organization?: string;
  from?: string;
  to?: string;
  page: number;
}

const DAY_MS = 86_400_000;

export async function listAuditEntries(filter: AuditFilter) {
  const db = getDatabase();
  const where = and(
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.actor ? or(eq(auditLog.actorId, filter.actor), eq(auditLog.actorEmail, filter.actor)) : undefined,
    filter.target ? eq(auditLog.targetId, filter.target) : undefined,
    filter.organization ? eq(auditLog.organizationId, filter.organization) : undefined,
    filter.from ? gte(auditLog.createdAt, new Date(`${filter.from}T00:00:00Z`)) : undefined,
    filter.to
      ? lt(auditLog.createdAt, new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + DAY_MS))
      : undefined,
  );
  const [entries, totals] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(ADMIN_PAGE_SIZE)
      .offset((filter.page - 1) * ADMIN_PAGE_SIZE),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return {
    // Metadata is free-form JSON: sent as text, shown as text.
    entries: entries.map((entry) => ({
      ...entry,
      metadata: entry.metadata ? JSON.stringify(entry.metadata) : null,
    })),
    total: totals[0]?.total ?? 0,
    page: filter.page,
    pageSize: ADMIN_PAGE_SIZE,
  };
}
