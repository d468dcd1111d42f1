// better-auth's sign-up and update-user endpoints accept any length of name and any image string; the
// app's forms do not. The same limits hold here, so that calling the API directly gets no further.
import { APIError } from 'better-auth/api';
import { z } from 'zod';
import { profileFieldsSchema } from '../field-limits';
import type { HookContext } from './hook-context';

const PROFILE_PATHS = new Set(['/sign-up/email', '/update-user']);

/** Before sign-up and update-user: a name or image outside the forms' limits is a 400. */
export function refuseProfileOutsideLimits(ctx: HookContext): void {
  if (!PROFILE_PATHS.has(ctx.path)) return;
  const result = profileFieldsSchema.safeParse(ctx.body ?? {});
  if (result.success) return;
  const fields = Object.keys(z.flattenError(result.error).fieldErrors);
  throw new APIError('BAD_REQUEST', {
    code: 'VALIDATION_FAILED',
    message: `Check these fields and try again: ${fields.join(', ')}.`,
  });
}
