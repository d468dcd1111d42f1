import { useQueryClient } from '@tanstack/react-query';
import { projectsQuery } from './projects.queries';

export function useRefreshProjects() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: projectsQuery().queryKey });
}
