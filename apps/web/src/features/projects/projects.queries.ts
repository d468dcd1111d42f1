import { queryOptions } from '@tanstack/react-query';
import { ORGANIZATION_SCOPE } from '~/lib/query/organization-scope';
import { fetchProjects } from './projects.functions';

/** Under the organization scope: switching accounts drops it with the rest of the organization's data. */
export const projectsQuery = () =>
  queryOptions({ queryKey: [...ORGANIZATION_SCOPE, 'projects'], queryFn: () => fetchProjects() });
