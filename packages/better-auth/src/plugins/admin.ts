import { admin } from 'better-auth/plugins';
import { adminPanelAccessControl, adminPanelRoles } from '../permissions';

const IMPERSONATION_SECONDS = 60 * 60;

export function adminPlugin() {
  return admin({
    ac: adminPanelAccessControl,
    roles: adminPanelRoles,
    adminRoles: ['admin'],
    defaultRole: 'user',
    impersonationSessionDuration: IMPERSONATION_SECONDS,
  });
}
