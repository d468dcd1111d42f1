import { z } from 'zod';
import { m } from '~/paraglide/messages';

export const PROJECT_NAME_MAX = 80;
export const PROJECT_DESCRIPTION_MAX = 500;

const projectName = z
  .string()
  .trim()
  .min(1, { error: () => m.validation_project_name() })
  .max(PROJECT_NAME_MAX, { error: () => m.validation_max_length({ max: PROJECT_NAME_MAX }) });

const projectId = z.string().trim().min(1).max(128);

const projectDescription = z
  .string()
  .trim()
  .max(PROJECT_DESCRIPTION_MAX, { error: () => m.validation_max_length({ max: PROJECT_DESCRIPTION_MAX }) })
  .optional();

export const createProjectSchema = z.object({ name: projectName, description: projectDescription });
/** Without `description` the stored one stays; an empty one clears it. */
export const updateProjectSchema = z.object({
  projectId,
  name: projectName,
  description: projectDescription,
});
export const projectIdSchema = z.object({ projectId });

export type CreateProjectInput = z.infer<typeof createProjectSchema>;
export type UpdateProjectInput = z.infer<typeof updateProjectSchema>;
