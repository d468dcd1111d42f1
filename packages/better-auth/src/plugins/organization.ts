import { organization } from 'better-auth/plugins';
import { organizationAccessControl, organizationRoles } from '../permissions';

/**
 * Organizations, members and invitations live in better-auth's tables, and the kit creates
 * organizations through this plugin. Everything else (members, invitations, settings) goes through the
 * app's server functions, which apply the owner rules; the app does not serve the plugin's HTTP
 * endpoints (docs/decisions/0004).
 */
export function organizationPlugin() {
  return organization({
    ac: organizationAccessControl,
    roles: organizationRoles,
    creatorRole: 'owner',
    allowUserToCreateOrganization: true,
  });
}
