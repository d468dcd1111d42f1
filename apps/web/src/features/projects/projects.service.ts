// Every statement is scoped to one organization: a project id of another organization matches no row
// and answers 404, exactly like a random id.

import type { OrganizationIdentity } from '@kit/better-auth/context';
import { getDatabase } from '@kit/database';
import { NotFoundError } from '@kit/errors';
import { and, count, desc, eq } from 'drizzle-orm';
import { requireRoomForOneMore } from '~/features/billing/plan-limits';
import { m } from '~/paraglide/messages';
import type { CreateProjectInput, UpdateProjectInput } from './projects.schemas';
import { projects } from './projects.table';

const projectColumns = {
  id: projects.id,
  name: projects.name,
  description: projects.description,
  createdAt: projects.createdAt,
};

export interface Project {
  id: string;
  name: string;
  description: string | null;
  createdAt: Date;
}

/** The organization's projects, newest first. */
export function listProjects(organizationId: string): Promise<Project[]> {
  return getDatabase()
    .select(projectColumns)
    .from(projects)
    .where(eq(projects.organizationId, organizationId))
    .orderBy(desc(projects.createdAt), desc(projects.id));
}

/** Creates a project if the organization's plan has room for one more (counted in the inserting transaction). */
export async function createProject(
  actor: OrganizationIdentity,
  input: CreateProjectInput,
): Promise<Project> {
  const organizationId = actor.activeOrganizationId;
  return getDatabase().transaction(async (tx) => {
    await requireRoomForOneMore(tx, organizationId, actor, 'projects', async () => {
      const [row] = await tx
        .select({ value: count() })
        .from(projects)
        .where(eq(projects.organizationId, organizationId));
      return row?.value ?? 0;
    });
    const [created] = await tx
      .insert(projects)
      .values({ organizationId, name: input.name, description: input.description || null })
      .returning(projectColumns);
    if (!created) throw new Error('The insert returned no project.');
    return created;
  });
}

/** Renames a project and, when the input has one, replaces its description (empty: none). */
export async function updateProject(organizationId: string, input: UpdateProjectInput): Promise<Project> {
  const [updated] = await getDatabase()
    .update(projects)
    .set({
      name: input.name,
      ...(input.description === undefined ? {} : { description: input.description || null }),
    })
    .where(and(eq(projects.id, input.projectId), eq(projects.organizationId, organizationId)))
    .returning(projectColumns);
  if (!updated) throw new NotFoundError(m.err_project_not_found());
  return updated;
}

export async function deleteProject(organizationId: string, projectId: string): Promise<{ id: string }> {
  const [deleted] = await getDatabase()
    .delete(projects)
    .where(and(eq(projects.id, projectId), eq(projects.organizationId, organizationId)))
    .returning({ id: projects.id });
  if (!deleted) throw new NotFoundError(m.err_project_not_found());
  return deleted;
}
