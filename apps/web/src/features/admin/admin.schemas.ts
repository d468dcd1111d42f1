import { z } from 'zod';

export const USERS_PAGE_SIZE = 25;

export const listUsersSchema = z.object({
  search: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
