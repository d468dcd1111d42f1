import { ORGANIZATION_ROLES, type OrganizationRole } from '@kit/better-auth/permissions';
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

const logoUrlSchema = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => value === '' || /^https:\/\//.test(value), {
    error: 'Use an https:// address, or leave it empty.',
  })
  .pipe(z.union([z.literal(''), z.url({ error: 'Enter a valid URL.' })]));

export const createOrganizationSchema = z.object({
  name: organizationNameSchema,
  slug: organizationSlugSchema.optional(),
});

export const switchAccountSchema = z.object({
  /** null selects the personal account. */
  organizationId: z.string().min(1).max(128).nullable(),
});

export const updateOrganizationSchema = z.object({
  name: organizationNameSchema,
  slug: organizationSlugSchema,
  logo: logoUrlSchema,
});

export const deleteOrganizationSchema = z.object({
  /** The organization's name, typed by the owner to confirm. */
  confirmName: z.string().trim().min(1, { error: 'Type the organization name to confirm.' }),
});

export const organizationRoleSchema = z.enum(
  ORGANIZATION_ROLES as [OrganizationRole, ...OrganizationRole[]],
  {
    error: `Choose one of these roles: ${ORGANIZATION_ROLES.join(', ')}.`,
  },
);

const idSchema = z.string().trim().min(1).max(128);

export const memberIdSchema = z.object({ memberId: idSchema });
export const changeMemberRoleSchema = z.object({ memberId: idSchema, role: organizationRoleSchema });

export const inviteMemberSchema = z.object({
  email: z.email({ error: 'Enter a valid email address.' }).max(254),
  role: organizationRoleSchema,
});

export const invitationIdSchema = z.object({ invitationId: idSchema });

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
