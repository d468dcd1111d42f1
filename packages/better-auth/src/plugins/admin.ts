import { admin } from 'better-auth/plugins';
import { adminPanelAccessControl, adminPanelRoles } from '../permissions';
import { sessionPolicy } from '../session-policy';

export function adminPlugin() {
  return admin({
    ac: adminPanelAccessControl,
    roles: adminPanelRoles,
    adminRoles: ['admin'],
    defaultRole: 'user',
    impersonationSessionDuration: sessionPolicy.impersonationLifetimeSeconds,
  });
}
