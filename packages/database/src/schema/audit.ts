// The app's own tables (not better-auth's).
import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per audited mutation (admin actions, organization activity): who did what to whom, when and from where. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    /** The admin who acted (the impersonator's target when impersonating: see impersonatorId). */
    actorId: text('actor_id'),
    actorEmail: text('actor_email'),
    /** Set when the action was taken inside an impersonation session: the real admin. */
    impersonatorId: text('impersonator_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    /** The organization the action happened in, for its own activity log; null for account-level actions. */
    organizationId: text('organization_id'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (table) => [
    index('audit_log_created_at_idx').on(table.createdAt),
    index('audit_log_actor_id_idx').on(table.actorId),
    index('audit_log_target_idx').on(table.targetType, table.targetId),
    index('audit_log_action_idx').on(table.action),
    index('audit_log_organization_created_at_idx').on(table.organizationId, table.createdAt, table.id),
  ],
);
