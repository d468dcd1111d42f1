// The worked example of an organization-scoped feature (README: "Add an organization-scoped feature"):
// its server functions and its page in one route file, its table in features/projects/projects.table.ts.
// Every statement is scoped to the session's active organization (`context.organizationId`): a project
// id of another organization matches no row and answers 404, exactly like a random id.
import {
  organizationAction,
  organizationQuery,
  validateInput,
  withOrganizationPermission,
} from '@kit/action-middleware';
import { NotFoundError } from '@kit/better-auth/errors';
import { type OrganizationPermission, organizationRoleCan } from '@kit/better-auth/permissions';
import { getDatabase } from '@kit/database';
import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { EmptyState, Table, TableCell, TableRow } from '@kit/ui/table';
import { toast } from '@kit/ui/toast';
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { and, desc, eq } from 'drizzle-orm';
import { useState } from 'react';
import { z } from 'zod';
import { accountContextQuery } from '~/features/organization/account.queries';
import { ORGANIZATION_SCOPE } from '~/features/organization/account-query-keys';
import { NoActiveOrganization } from '~/features/organization/no-active-organization';
import { projects } from '~/features/projects/projects.table';
import { errorMessage } from '~/lib/errors';
import { formatDate } from '~/lib/i18n/format';
import { queryClientOf } from '~/lib/query/query-client';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';

// --- Server functions (their bodies never reach the browser) ---

const projectName = z
  .string()
  .trim()
  .min(1, { error: () => m.validation_project_name() })
  .max(80, { error: () => m.validation_max_80() });

const projectId = z.string().trim().min(1).max(128);

const createProjectSchema = z.object({
  name: projectName,
  description: z
    .string()
    .trim()
    .max(500, { error: () => m.validation_max_500() })
    .optional(),
});
const renameProjectSchema = z.object({ projectId, name: projectName });
const projectIdSchema = z.object({ projectId });

/** Who may create, rename and delete projects: roles that may update the organization itself. */
const manageProjects: OrganizationPermission = { organization: ['update'] };

const projectColumns = {
  id: projects.id,
  name: projects.name,
  description: projects.description,
  createdAt: projects.createdAt,
};

/** The active organization's projects, newest first; any member may read them. */
const listProjects = organizationQuery.handler(async ({ context }) => ({
  projects: await getDatabase()
    .select(projectColumns)
    .from(projects)
    .where(eq(projects.organizationId, context.organizationId))
    .orderBy(desc(projects.createdAt), desc(projects.id)),
  canManage: organizationRoleCan(context.role, manageProjects),
}));

/**
 * The list for React Query, under the organization scope: switching accounts drops it with the rest of
 * the organization's data. (Declared here, not in the route file, so that the route's loader and page
 * share it without pulling this module into the entry bundle.)
 */
const projectsQuery = () =>
  queryOptions({ queryKey: [...ORGANIZATION_SCOPE, 'projects'], queryFn: () => listProjects() });

const createProject = organizationAction
  .middleware([withOrganizationPermission(manageProjects)])
  .validator(validateInput(createProjectSchema))
  .handler(async ({ data, context }) => {
    const [created] = await getDatabase()
      .insert(projects)
      .values({
        organizationId: context.organizationId,
        name: data.name,
        description: data.description || null,
      })
      .returning(projectColumns);
    if (!created) throw new Error('The insert returned no project.');
    return created;
  });

const renameProject = organizationAction
  .middleware([withOrganizationPermission(manageProjects)])
  .validator(validateInput(renameProjectSchema))
  .handler(async ({ data, context }) => {
    const [renamed] = await getDatabase()
      .update(projects)
      .set({ name: data.name })
      .where(and(eq(projects.id, data.projectId), eq(projects.organizationId, context.organizationId)))
      .returning(projectColumns);
    if (!renamed) throw new NotFoundError(m.err_project_not_found());
    return renamed;
  });

const deleteProject = organizationAction
  .middleware([withOrganizationPermission(manageProjects)])
  .validator(validateInput(projectIdSchema))
  .handler(async ({ data, context }) => {
    const [deleted] = await getDatabase()
      .delete(projects)
      .where(and(eq(projects.id, data.projectId), eq(projects.organizationId, context.organizationId)))
      .returning({ id: projects.id });
    if (!deleted) throw new NotFoundError(m.err_project_not_found());
    return deleted;
  });

// --- The page ---

type Project = Awaited<ReturnType<typeof listProjects>>['projects'][number];

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
      {account.activeOrganizationId ? <ActiveOrganizationProjects /> : <NoActiveOrganization />}
    </div>
  );
}

function useRefreshProjects() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: projectsQuery().queryKey });
}

function ActiveOrganizationProjects() {
  const { data } = useSuspenseQuery(projectsQuery());
  return (
    <>
      {data.canManage ? <CreateProjectCard /> : null}
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

function CreateProjectCard() {
  const refresh = useRefreshProjects();
  const createFn = useServerFn(createProject);
  const { errors, formError, pending, onSubmit } = useFormSubmit(createProjectSchema, async (data, form) => {
    const created = await createFn({ data });
    await refresh();
    form.reset();
    toast.success(m.projects_created_toast({ name: created.name }));
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle>{m.projects_new_title()}</CardTitle>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <FormError message={formError} />
          <FormField label={m.field_name()} name="name" required maxLength={80} error={errors.name} />
          <FormField
            label={m.projects_field_description()}
            name="description"
            description={m.projects_description_hint()}
            maxLength={500}
            error={errors.description}
          />
          <Button type="submit" isLoading={pending}>
            {m.projects_create()}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}

function ProjectRow({ project, canManage }: { project: Project; canManage: boolean }) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const refresh = useRefreshProjects();
  const deleteFn = useServerFn(deleteProject);
  const remove = useMutation({
    mutationFn: () => deleteFn({ data: { projectId: project.id } }),
    onSuccess: async () => {
      await refresh();
      toast.success(m.projects_deleted_toast({ name: project.name }));
    },
    onError: (error) => toast.error(errorMessage(error)),
  });

  return (
    <TableRow>
      <TableCell className="align-top">
        {mode === 'rename' ? (
          <RenameProjectForm project={project} onDone={() => setMode('view')} />
        ) : (
          <>
            <p className="break-words font-medium">{project.name}</p>
            {project.description ? (
              <p className="break-words text-muted-foreground">{project.description}</p>
            ) : null}
          </>
        )}
      </TableCell>
      <TableCell className="whitespace-nowrap align-top text-muted-foreground">
        {formatDate(project.createdAt)}
      </TableCell>
      {canManage ? (
        <TableCell className="whitespace-nowrap text-right align-top">
          {mode === 'view' ? (
            <span className="inline-flex gap-1">
              <Button
                variant="ghost"
                size="sm"
                onClick={() => setMode('rename')}
                aria-label={m.projects_rename_named({ name: project.name })}
              >
                {m.projects_rename()}
              </Button>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => setMode('confirm-delete')}
                aria-label={m.projects_delete_named({ name: project.name })}
              >
                {m.projects_delete()}
              </Button>
            </span>
          ) : null}
          {mode === 'confirm-delete' ? (
            <span className="inline-flex gap-1">
              <Button
                variant="destructive"
                size="sm"
                isLoading={remove.isPending}
                onClick={() => remove.mutate()}
              >
                {m.projects_delete_confirm({ name: project.name })}
              </Button>
              <Button variant="ghost" size="sm" onClick={() => setMode('view')}>
                {m.action_cancel()}
              </Button>
            </span>
          ) : null}
        </TableCell>
      ) : null}
    </TableRow>
  );
}

function RenameProjectForm({ project, onDone }: { project: Project; onDone: () => void }) {
  const refresh = useRefreshProjects();
  const renameFn = useServerFn(renameProject);
  const { errors, formError, pending, onSubmit } = useFormSubmit(renameProjectSchema, async (data) => {
    const renamed = await renameFn({ data });
    await refresh();
    toast.success(m.projects_renamed_toast({ name: renamed.name }));
    onDone();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormError message={formError} />
      <input type="hidden" name="projectId" value={project.id} />
      <FormField
        label={m.projects_new_name()}
        name="name"
        defaultValue={project.name}
        required
        maxLength={80}
        autoFocus
        error={errors.name}
      />
      <span className="inline-flex gap-1">
        <Button type="submit" size="sm" isLoading={pending}>
          {m.action_save_changes()}
        </Button>
        <Button type="button" variant="ghost" size="sm" onClick={onDone}>
          {m.action_cancel()}
        </Button>
      </span>
    </form>
  );
}
