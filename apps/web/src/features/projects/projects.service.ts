// Every statement is scoped to one organization: a project id of another organization matches no row
// and answers 404, exactly like a random id.

import type { OrganizationIdentity } from '@kit/better-auth/context';
import { getDatabase } from '@kit/database';
import { NotFoundError } from '@kit/errors';
import { and, count, desc, eq } from 'drizzle-orm';
import { activityActorOf, recordActivity } from '~/features/activity/record-activity';
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
    await recordActivity(tx, activityActorOf(actor), {
      action: 'project.create',
      targetType: 'project',
      targetId: created.id,
      metadata: { name: created.name },
    });
    return created;
  });
}

/** Renames a project and, when the input has one, replaces its description (empty: none). */
export async function updateProject(
  actor: OrganizationIdentity,
  input: UpdateProjectInput,
): Promise<Project> {
  const organizationId = actor.activeOrganizationId;
  return getDatabase().transaction(async (tx) => {
    const [before] = await tx
      .select({ name: projects.name })
      .from(projects)
      .where(and(eq(projects.id, input.projectId), eq(projects.organizationId, organizationId)))
      .for('update');
    const [updated] = await tx
      .update(projects)
      .set({
        name: input.name,
        ...(input.description === undefined ? {} : { description: input.description || null }),
      })
      .where(and(eq(projects.id, input.projectId), eq(projects.organizationId, organizationId)))
      .returning(projectColumns);
    if (!before || !updated) throw new NotFoundError(m.err_project_not_found());
    if (before.name !== updated.name) {
      await recordActivity(tx, activityActorOf(actor), {
        action: 'project.rename',
        targetType: 'project',
        targetId: updated.id,
        metadata: { from: before.name, name: updated.name },
      });
    }
    return updated;
  });
}

export async function deleteProject(actor: OrganizationIdentity, projectId: string): Promise<{ id: string }> {
  return getDatabase().transaction(async (tx) => {
    const [deleted] = await tx
      .delete(projects)
      .where(and(eq(projects.id, projectId), eq(projects.organizationId, actor.activeOrganizationId)))
      .returning({ id: projects.id, name: projects.name });
    if (!deleted) throw new NotFoundError(m.err_project_not_found());
    await recordActivity(tx, activityActorOf(actor), {
      action: 'project.delete',
      targetType: 'project',
      targetId: deleted.id,
      metadata: { name: deleted.name },
    });
    return { id: deleted.id };
  });
}
