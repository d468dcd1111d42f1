import { z } from 'zod';
import { ACTIVITY_PAGE_SIZE } from './activity-page-size';

/**
 * The organization is the session's active one, never the input's: a strict object, so a body that
 * names an organization (or anything else) is a 400, not silently ignored.
 */
export const listActivitySchema = z.strictObject({
  /** Opaque: the position after the last entry of the previous page. */
  cursor: z.string().min(1).max(200).optional(),
  limit: z.number().int().min(1).max(50).default(ACTIVITY_PAGE_SIZE),
});

export type ListActivityInput = z.input<typeof listActivitySchema>;
