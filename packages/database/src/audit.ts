import type { Database } from './client';
import { auditLog } from './schema';

export interface AuditEvent {
  action: string;
  actorId: string | null;
  actorEmail?: string | null;
  /** The admin behind an impersonation session, when the action was taken inside one. */
  impersonatorId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  /** The organization the action happened in: shown in that organization's activity log. */
  organizationId?: string | null;
  metadata?: Record<string, unknown>;
  ipAddress?: string | null;
  userAgent?: string | null;
}

/** The database or an open transaction: an organization's event is written in the change's own transaction. */
export type AuditWriter = Pick<Database, 'insert'>;

/** Appends one row to the audit log. */
export async function recordAuditEvent(db: AuditWriter, event: AuditEvent): Promise<void> {
  await db.insert(auditLog).values({
    id: crypto.randomUUID(),
    action: event.action,
    actorId: event.actorId,
    actorEmail: event.actorEmail ?? null,
    impersonatorId: event.impersonatorId ?? null,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    organizationId: event.organizationId ?? null,
    metadata: event.metadata ?? null,
    ipAddress: event.ipAddress ?? null,
    userAgent: event.userAgent?.slice(0, 512) ?? null,
  });
}
