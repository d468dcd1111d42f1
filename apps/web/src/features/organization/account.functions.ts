import { authQuery } from '@kit/action-middleware';
import { getAccountContext } from '@kit/better-auth/context';
import { type AccountSummary, summarizeAccount } from './account.service';

/** The caller's personal account and organizations, for the account switcher: read with the session. */
export const fetchAccountContext = authQuery.handler(async ({ context }): Promise<AccountSummary> => {
  const account = await getAccountContext();
  return summarizeAccount(account?.organizations ?? [], context.session.activeOrganizationId ?? null);
});
