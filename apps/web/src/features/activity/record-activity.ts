import type { OrganizationIdentity } from '@kit/better-auth/context';
import { type AuditWriter, recordAuditEvent } from '@kit/database/audit';
import { getRequest } from '@tanstack/react-start/server';
import { currentClientIp } from '~/lib/server/client-ip';
import type { OrganizationActivity } from './activity-events';

export interface ActivityEntry {
  action: OrganizationActivity;
  targetType?: 'invitation' | 'member' | 'organization' | 'project';
  targetId?: string;
  /** What the log shows besides who and when (an email, a role, a name); never a secret. */
  metadata?: Record<string, unknown>;
}

/** Who acted in which organization, in the request being served. */
export interface ActivityActor {
  organizationId: string;
  userId: string;
  email: string;
  impersonatorId?: string | null;
}

export function activityActorOf(identity: OrganizationIdentity): ActivityActor {
  return {
    organizationId: identity.activeOrganizationId,
    userId: identity.user.id,
    email: identity.user.email,
    impersonatorId: identity.session.impersonatedBy ?? null,
  };
}

/**
 * Writes one event of the organization's activity log with the current request's IP and user agent.
 * Pass the transaction of the change itself, so the change and its record commit or fail together.
 */
export function recordActivity(writer: AuditWriter, actor: ActivityActor, entry: ActivityEntry) {
  return recordAuditEvent(writer, {
    action: entry.action,
    actorId: actor.userId,
    actorEmail: actor.email,
    impersonatorId: actor.impersonatorId ?? null,
    organizationId: actor.organizationId,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    metadata: entry.metadata,
    ipAddress: currentClientIp() ?? null,
    userAgent: getRequest().headers.get('user-agent'),
  });
}
