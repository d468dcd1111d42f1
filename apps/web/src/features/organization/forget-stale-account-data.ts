import type { AuthState } from '@kit/auth/guards';
import type { QueryClient } from '@tanstack/react-query';
import type { AccountSummary } from '~/features/organization/account.service';
import { ACCOUNT_CONTEXT_KEY, ORGANIZATION_SCOPE } from './account-query-keys';

/**
 * Every navigation reads the auth state from the server. When it shows another active organization or
 * role than the cached account data (someone changed the user's role or removed them), that cached
 * data is dropped so the page loads it afresh — with no extra request when nothing changed. Runs in the
 * signed-in layouts' guards, before any loader; a router without a query client yet has nothing cached.
 */
export function forgetStaleAccountData(queryClient: QueryClient | undefined, auth: AuthState): void {
  const cached = queryClient?.getQueryData<AccountSummary>(ACCOUNT_CONTEXT_KEY);
  if (!queryClient || !cached) return;
  const changed =
    !auth.user ||
    cached.activeOrganizationId !== auth.activeOrganizationId ||
    cached.role !== auth.organizationRole;
  if (changed) {
    queryClient.removeQueries({ queryKey: ACCOUNT_CONTEXT_KEY });
    queryClient.removeQueries({ queryKey: ORGANIZATION_SCOPE });
  }
}
