import { ORGANIZATION_ROLES, type OrganizationRole } from '@kit/better-auth/permissions';
import { z } from 'zod';
import { m } from '~/paraglide/messages';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const organizationNameSchema = z
  .string()
  .trim()
  .min(2, { error: () => m.validation_min_length({ min: 2 }) })
  .max(64, { error: () => m.validation_max_length({ max: 64 }) });

export const organizationSlugSchema = z
  .string()
  .trim()
  .min(2, { error: () => m.validation_min_length({ min: 2 }) })
  .max(48, { error: () => m.validation_max_length({ max: 48 }) })
  .regex(SLUG_PATTERN, { error: () => m.validation_slug_pattern() });

const logoUrlSchema = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => value === '' || /^https:\/\//.test(value), {
    error: () => m.validation_https_url(),
  })
  .pipe(z.union([z.literal(''), z.url({ error: () => m.validation_url() })]));

export const createOrganizationSchema = z.object({
  name: organizationNameSchema,
  /** Left empty (or out), it is made from the name. */
  slug: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(organizationSlugSchema.optional())
    .optional(),
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
  confirmName: z
    .string()
    .trim()
    .min(1, { error: () => m.validation_confirm_org_name() }),
});

export const organizationRoleSchema = z.enum(
  ORGANIZATION_ROLES as [OrganizationRole, ...OrganizationRole[]],
  {
    error: () => m.validation_role_choice({ roles: ORGANIZATION_ROLES.join(', ') }),
  },
);

const idSchema = z.string().trim().min(1).max(128);

export const memberIdSchema = z.object({ memberId: idSchema });
export const changeMemberRoleSchema = z.object({ memberId: idSchema, role: organizationRoleSchema });

export const inviteMemberSchema = z.object({
  email: z.email({ error: () => m.validation_email() }).max(254),
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
