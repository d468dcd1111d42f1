import type { OrganizationContext } from '@kit/action-middleware';
import type { OrganizationActor } from './organization-actor';

export function toActor(context: OrganizationContext): OrganizationActor {
  return {
    userId: context.user.id,
    sessionId: context.session.id,
    organizationId: context.organizationId,
    role: context.role,
  };
}
