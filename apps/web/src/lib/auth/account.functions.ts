import { authQuery } from '@kit/action-middleware';
import {
  type AccountSummary,
  listUserOrganizations,
  summarizeAccount,
} from '~/features/organization/account.service';

export type { AccountOrganization, AccountSummary } from '~/features/organization/account.service';

/** The caller's personal account and organizations (one query), for the account switcher. */
export const fetchAccountContext = authQuery.handler(
  async ({ context }): Promise<AccountSummary> =>
    summarizeAccount(
      await listUserOrganizations(context.user.id),
      context.session.activeOrganizationId ?? null,
    ),
);
