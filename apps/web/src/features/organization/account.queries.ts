import { queryOptions } from '@tanstack/react-query';
import { fetchAccountContext } from './account.functions';
import { ACCOUNT_CONTEXT_KEY } from './account-query-keys';

export const accountContextQuery = () =>
  queryOptions({ queryKey: ACCOUNT_CONTEXT_KEY, queryFn: () => fetchAccountContext() });
