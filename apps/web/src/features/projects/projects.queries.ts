import { queryOptions } from '@tanstack/react-query';
import type { OrganizationScope } from '~/lib/query/organization-scope';
import { fetchProjects } from './projects.functions';

export const projectsQuery = (scope: OrganizationScope) =>
  queryOptions({ queryKey: [...scope, 'projects'], queryFn: () => fetchProjects() });
