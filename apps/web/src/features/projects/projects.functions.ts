// The worked example of an organization-scoped feature (README: "Add an organization-scoped feature").
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
import { queryOptions } from '@tanstack/react-query';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { ORGANIZATION_SCOPE } from '~/features/organization/account-query-keys';
import { m } from '~/paraglide/messages';
import { projects } from './projects.table';

const projectName = z
  .string()
  .trim()
  .min(1, { error: () => m.validation_project_name() })
  .max(80, { error: () => m.validation_max_80() });

const projectId = z.string().trim().min(1).max(128);

export const createProjectSchema = z.object({
  name: projectName,
  description: z
    .string()
    .trim()
    .max(500, { error: () => m.validation_max_500() })
    .optional(),
});
export const renameProjectSchema = z.object({ projectId, name: projectName });
export const projectIdSchema = z.object({ projectId });

/** Who may create, rename and delete projects: roles that may update the organization itself. */
const manageProjects: OrganizationPermission = { organization: ['update'] };

const projectColumns = {
  id: projects.id,
  name: projects.name,
  description: projects.description,
  createdAt: projects.createdAt,
};

/** The active organization's projects, newest first; any member may read them. */
export const listProjects = organizationQuery.handler(async ({ context }) => ({
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
export const projectsQuery = () =>
  queryOptions({ queryKey: [...ORGANIZATION_SCOPE, 'projects'], queryFn: () => listProjects() });

export const createProject = organizationAction
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

export const renameProject = organizationAction
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

export const deleteProject = organizationAction
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
