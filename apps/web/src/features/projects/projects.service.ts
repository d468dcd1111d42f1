// Every statement is scoped to one organization: a project id of another organization matches no row
// and answers 404, exactly like a random id.

import { getDatabase } from '@kit/database';
import { NotFoundError } from '@kit/errors';
import { and, desc, eq } from 'drizzle-orm';
import { m } from '~/paraglide/messages';
import type { CreateProjectInput, RenameProjectInput } from './projects.schemas';
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

export async function createProject(organizationId: string, input: CreateProjectInput): Promise<Project> {
  const [created] = await getDatabase()
    .insert(projects)
    .values({ organizationId, name: input.name, description: input.description || null })
    .returning(projectColumns);
  if (!created) throw new Error('The insert returned no project.');
  return created;
}

export async function renameProject(organizationId: string, input: RenameProjectInput): Promise<Project> {
  const [renamed] = await getDatabase()
    .update(projects)
    .set({ name: input.name })
    .where(and(eq(projects.id, input.projectId), eq(projects.organizationId, organizationId)))
    .returning(projectColumns);
  if (!renamed) throw new NotFoundError(m.err_project_not_found());
  return renamed;
}

export async function deleteProject(organizationId: string, projectId: string): Promise<{ id: string }> {
  const [deleted] = await getDatabase()
    .delete(projects)
    .where(and(eq(projects.id, projectId), eq(projects.organizationId, organizationId)))
    .returning({ id: projects.id });
  if (!deleted) throw new NotFoundError(m.err_project_not_found());
  return deleted;
}
