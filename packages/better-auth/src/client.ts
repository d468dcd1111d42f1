import { passkeyClient } from '@better-auth/passkey/client';
import {
  adminClient,
  magicLinkClient,
  organizationClient,
  twoFactorClient,
} from 'better-auth/client/plugins';
import { createAuthClient } from 'better-auth/react';
import {
  adminPanelAccessControl,
  adminPanelRoles,
  organizationAccessControl,
  organizationRoles,
} from './permissions';

export const authClient = createAuthClient({
  plugins: [
    organizationClient({ ac: organizationAccessControl, roles: organizationRoles }),
    adminClient({ ac: adminPanelAccessControl, roles: adminPanelRoles }),
    twoFactorClient(),
    magicLinkClient(),
    passkeyClient(),
  ],
});
