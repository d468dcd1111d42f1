// The server functions of the example feature. They take the organization from the session (context),
// never from the input; their bodies never reach the browser. Changes need write access (a subscription
// past due beyond its grace period makes the organization read-only) and creating one needs room in the plan.
import {
  organizationAction,
  organizationQuery,
  validateInput,
  withOrganizationPermission,
  withWriteAccess,
} from '@kit/action-middleware';
import { type OrganizationPermission, organizationRoleCan } from '@kit/better-auth/permissions';
import { createProjectSchema, projectIdSchema, updateProjectSchema } from './projects.schemas';
import * as service from './projects.service';

/** Who may create, edit and delete projects: roles that may update the organization itself. */
const manageProjects: OrganizationPermission = { organization: ['update'] };

/** Any member may read the list; `canManage` tells the page whether to offer the buttons. */
export const fetchProjects = organizationQuery.handler(async ({ context }) => ({
  projects: await service.listProjects(context.activeOrganizationId),
  canManage: organizationRoleCan(context.role, manageProjects),
}));

export const createProject = organizationAction
  .middleware([withOrganizationPermission(manageProjects), withWriteAccess])
  .validator(validateInput(createProjectSchema))
  .handler(({ data, context }) => service.createProject(context, data));

export const updateProject = organizationAction
  .middleware([withOrganizationPermission(manageProjects), withWriteAccess])
  .validator(validateInput(updateProjectSchema))
  .handler(({ data, context }) => service.updateProject(context, data));

export const deleteProject = organizationAction
  .middleware([withOrganizationPermission(manageProjects), withWriteAccess])
  .validator(validateInput(projectIdSchema))
  .handler(({ data, context }) => service.deleteProject(context, data.projectId));
