import { useQueryClient } from '@tanstack/react-query';
import { useOrganizationScope } from '~/lib/query/use-organization-scope';
import { projectsQuery } from './projects.queries';

export function useRefreshProjects() {
  const queryClient = useQueryClient();
  const scope = useOrganizationScope();
  return () => queryClient.invalidateQueries({ queryKey: projectsQuery(scope).queryKey });
}
