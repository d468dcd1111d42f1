// The worked example of an organization-scoped feature (README: "Add an organization-scoped feature"):
// a thin route over src/features/projects/.
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { accountContextQuery } from '~/features/organization/account.queries';
import { NoActiveOrganization } from '~/features/organization/no-active-organization';
import { projectsQuery } from '~/features/projects/projects.queries';
import { ProjectsList } from '~/features/projects/projects-list';
import { queryClientOf } from '~/lib/query/query-client';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/_authed/projects')({
  staticData: { nav: { label: () => m.nav_projects(), order: 10 } },
  loader: async ({ context }) => {
    const queryClient = queryClientOf(context.queries);
    const account = await queryClient.ensureQueryData(accountContextQuery());
    if (account.activeOrganizationId) await queryClient.ensureQueryData(projectsQuery());
  },
  head: () => ({ meta: [{ title: m.page_title({ page: m.nav_projects() }) }] }),
  component: ProjectsPage,
});

function ProjectsPage() {
  const { data: account } = useSuspenseQuery(accountContextQuery());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{m.nav_projects()}</h1>
      {account.activeOrganizationId ? <ProjectsList /> : <NoActiveOrganization />}
    </div>
  );
}
