import { z } from 'zod';
import { m } from '~/paraglide/messages';
import { ORGANIZATION_SORTS } from './organization-sorts';
import { USER_SORTS } from './user-sorts';

export const ADMIN_PAGE_SIZE = 25;

const page = z.coerce.number().int().min(1).max(100_000).default(1);
const id = z.string().trim().min(1).max(128);
const optionalText = z.string().trim().max(200).optional();

export const listUsersSchema = z.object({
  search: optionalText,
  role: z.enum(['admin', 'user']).optional(),
  banned: z.boolean().optional(),
  sort: z.enum(USER_SORTS).default('created'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page,
});
export type ListUsersInput = z.output<typeof listUsersSchema>;

export const userIdSchema = z.object({ userId: id });

export const setUserRoleSchema = z.object({ userId: id, role: z.enum(['admin', 'user']) });

export const banUserSchema = z.object({
  userId: id,
  reason: z
    .string()
    .trim()
    .min(1, { error: () => m.validation_ban_reason() })
    .max(300, { error: () => m.validation_max_length({ max: 300 }) }),
  /** Days until the ban lifts by itself; absent: until an admin lifts it. */
  expiresInDays: z.coerce.number().int().min(1).max(3650).optional(),
});

export const revokeUserSessionSchema = z.object({ userId: id, sessionId: id });

export const deleteUserSchema = z.object({
  userId: id,
  /** Delete the organizations the user is the only owner of (else the deletion is refused). */
  deleteOwnedOrganizations: z.boolean().default(false),
});

export const listOrganizationsSchema = z.object({
  search: optionalText,
  sort: z.enum(ORGANIZATION_SORTS).default('created'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page,
});
export type ListOrganizationsInput = z.output<typeof listOrganizationsSchema>;

export const organizationIdSchema = z.object({ organizationId: id });

export const listAuditSchema = z.object({
  action: optionalText,
  actor: optionalText,
  target: optionalText,
  /** Only the events of this organization (its activity log). */
  organization: optionalText,
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page,
});
