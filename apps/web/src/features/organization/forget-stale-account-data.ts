import type { QueryClient } from '@tanstack/react-query';
import type { AuthState } from '~/lib/auth/session.functions';
import { accountContextQuery } from './account.queries';
import { ORGANIZATION_SCOPE } from './organization.queries';

/**
 * Every navigation reads the auth state from the server. When it shows another active organization or
 * role than the cached account data (someone changed the user's role or removed them), that cached
 * data is dropped so the page loads it afresh — with no extra request when nothing changed.
 */
export function forgetStaleAccountData(queryClient: QueryClient, auth: AuthState): void {
  const cached = queryClient.getQueryData(accountContextQuery().queryKey);
  if (!cached) return;
  const changed =
    !auth.user ||
    cached.activeOrganizationId !== auth.activeOrganizationId ||
    cached.role !== auth.organizationRole;
  if (changed) {
    queryClient.removeQueries({ queryKey: accountContextQuery().queryKey });
    queryClient.removeQueries({ queryKey: ORGANIZATION_SCOPE });
  }
}
