import { queryOptions } from '@tanstack/react-query';
import { fetchAccountContext } from '~/lib/auth/account.functions';

export const accountContextQuery = () =>
  queryOptions({ queryKey: ['account-context'], queryFn: () => fetchAccountContext() });
