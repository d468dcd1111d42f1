import type { AuthState } from '~/lib/auth/session.functions';
import { queryClientOf } from '~/lib/query/query-client';
import type { QueryClientSlot } from '~/lib/query/query-client-slot';
import { accountContextQuery } from './account.queries';
import { forgetStaleAccountData } from './forget-stale-account-data';

/** For signed-in layouts: the account switcher's data, rendered on the server, dropped when stale. */
export async function loadAccountData(context: { queries: QueryClientSlot; auth: AuthState }) {
  const queryClient = queryClientOf(context.queries);
  forgetStaleAccountData(queryClient, context.auth);
  await queryClient.ensureQueryData(accountContextQuery());
}
