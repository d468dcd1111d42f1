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
  // The client never navigates by itself (better-auth's default follows `{ redirect, url }` answers with a
  // page load): pages go on through the router, and leave for a provider with `leaveForProvider`.
  disableDefaultFetchPlugins: true,
  plugins: [
    organizationClient({ ac: organizationAccessControl, roles: organizationRoles }),
    adminClient({ ac: adminPanelAccessControl, roles: adminPanelRoles }),
    twoFactorClient(),
    magicLinkClient(),
    passkeyClient(),
  ],
});

/** Sends the browser to the provider URL a social sign-in or link answered with. */
export function leaveForProvider(answer: { url?: string } | null | undefined): void {
  if (!answer?.url) throw new Error('The sign-in provider gave no address to go to.');
  window.location.assign(answer.url);
}
