import { z } from 'zod';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const organizationNameSchema = z
  .string()
  .trim()
  .min(2, { error: 'Use at least 2 characters.' })
  .max(64, { error: 'Use at most 64 characters.' });

export const organizationSlugSchema = z
  .string()
  .trim()
  .min(2, { error: 'Use at least 2 characters.' })
  .max(48, { error: 'Use at most 48 characters.' })
  .regex(SLUG_PATTERN, { error: 'Use lowercase letters, digits and single dashes.' });

export const createOrganizationSchema = z.object({
  name: organizationNameSchema,
  slug: organizationSlugSchema.optional(),
});

export const switchAccountSchema = z.object({
  /** null selects the personal account. */
  organizationId: z.string().min(1).max(128).nullable(),
});

export const renameOrganizationSchema = z.object({ name: organizationNameSchema });

/** "Acme Inc." → "acme-inc" */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
}
