import { queryClientOf } from '~/lib/query/query-client';
import type { QueryClientSlot } from '~/lib/query/query-client-slot';
import { accountContextQuery } from './account.queries';

/** For signed-in layouts: the account switcher's data, rendered on the server with the page. */
export async function loadAccountData(context: { queries: QueryClientSlot }) {
  await queryClientOf(context.queries).ensureQueryData(accountContextQuery());
}
