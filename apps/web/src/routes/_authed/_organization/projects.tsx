// The worked example of an organization-scoped feature (README: "Add an organization-scoped feature"):
// a thin route over src/features/projects/.
import { createFileRoute } from '@tanstack/react-router';
import { projectsQuery } from '~/features/projects/projects.queries';
import { ProjectsList } from '~/features/projects/projects-list';
import { organizationScope } from '~/lib/query/organization-scope';
import { queryClientOf } from '~/lib/query/query-client';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/_authed/_organization/projects')({
  staticData: { nav: { label: () => m.nav_projects(), icon: 'projects', order: 10 } },
  loader: ({ context }) =>
    queryClientOf(context.queries).ensureQueryData(projectsQuery(organizationScope(context.identity))),
  head: () => ({ meta: [{ title: m.page_title({ page: m.nav_projects() }) }] }),
  component: ProjectsPage,
});

function ProjectsPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{m.nav_projects()}</h1>
      <ProjectsList />
    </div>
  );
}
