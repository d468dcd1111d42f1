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

export const createProjectSchema = z.object({
  name: projectName,
  description: z
    .string()
    .trim()
    .max(PROJECT_DESCRIPTION_MAX, { error: () => m.validation_max_length({ max: PROJECT_DESCRIPTION_MAX }) })
    .optional(),
});
export const renameProjectSchema = z.object({ projectId, name: projectName });
export const projectIdSchema = z.object({ projectId });

export type CreateProjectInput = z.infer<typeof createProjectSchema>;
export type RenameProjectInput = z.infer<typeof renameProjectSchema>;
