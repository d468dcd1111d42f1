import { organizationQuery, validateInput, withOrganizationPermission } from '@kit/action-middleware';
import { listActivitySchema } from './activity.schemas';
import { listOrganizationActivity as listActivity } from './activity.service';

/**
 * A page of the active organization's activity log (owners and admins: `activity: ['read']`). The
 * organization comes from the session; an input naming one is refused with a 400.
 */
export const listOrganizationActivity = organizationQuery
  .middleware([withOrganizationPermission({ activity: ['read'] })])
  .validator(validateInput(listActivitySchema))
  .handler(({ data, context }) => listActivity(context.activeOrganizationId, data));
