import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { EmptyState, Table } from '@kit/ui/table';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useOrganizationScope } from '~/lib/query/use-organization-scope';
import { m } from '~/paraglide/messages';
import { CreateProjectCard } from './create-project-card';
import { ProjectRow } from './project-row';
import { projectsQuery } from './projects.queries';

/** The active organization's projects, with the create form for those who may manage them. */
export function ProjectsList() {
  const { data } = useSuspenseQuery(projectsQuery(useOrganizationScope()));
  return (
    <>
      {data.canManage ? <CreateProjectCard projectCount={data.projects.length} /> : null}
      <Card>
        <CardHeader>
          <CardTitle>{m.projects_list_title()}</CardTitle>
          <CardDescription>
            {data.canManage ? m.projects_list_can_manage() : m.projects_list_read_only()}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {data.projects.length === 0 ? (
            <EmptyState>{data.canManage ? m.projects_empty_can_create() : m.projects_empty()}</EmptyState>
          ) : (
            <Table
              caption={m.projects_list_title()}
              columns={[
                { label: m.field_name() },
                { label: m.projects_created() },
                ...(data.canManage ? [{ label: m.projects_actions(), hidden: true }] : []),
              ]}
            >
              {data.projects.map((project) => (
                <ProjectRow key={project.id} project={project} canManage={data.canManage} />
              ))}
            </Table>
          )}
        </CardContent>
      </Card>
    </>
  );
}
