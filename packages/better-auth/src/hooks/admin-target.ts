// The target of a mutating admin endpoint, read from the body the way the hooks need it. better-auth
// coerces these ids (`["<id>"]` becomes "<id>"), so a hook reading the raw body could miss the target the
// endpoint acts on; anything but a string is refused before the endpoint runs.
import { APIError } from 'better-auth/api';
import { z } from 'zod';
import type { HookContext } from './hook-context';

/** Mutating admin endpoints and the body field naming their target. */
export const ADMIN_TARGET_FIELDS: Record<string, 'userId' | 'sessionToken'> = {
  '/admin/ban-user': 'userId',
  '/admin/unban-user': 'userId',
  '/admin/set-role': 'userId',
  '/admin/impersonate-user': 'userId',
  '/admin/revoke-user-session': 'sessionToken',
  '/admin/revoke-user-sessions': 'userId',
  '/admin/remove-user': 'userId',
  '/admin/set-user-password': 'userId',
  '/admin/update-user': 'userId',
};

const targetSchemas = {
  userId: z.object({ userId: z.string().trim().min(1).max(255) }),
  sessionToken: z.object({ sessionToken: z.string().trim().min(1).max(255) }),
};

/** The endpoint's target id when the body names it as a string; undefined otherwise. */
export function adminTargetOf(path: string, body: unknown): string | undefined {
  const field = ADMIN_TARGET_FIELDS[path];
  if (!field) return undefined;
  const parsed = targetSchemas[field].safeParse(body);
  if (!parsed.success) return undefined;
  return field === 'userId'
    ? (parsed.data as { userId: string }).userId
    : (parsed.data as { sessionToken: string }).sessionToken;
}

/** Before a mutating admin endpoint: a target that is not a plain string is a 400, nothing changes. */
export function refuseMalformedAdminTarget(ctx: HookContext): void {
  const field = ADMIN_TARGET_FIELDS[ctx.path];
  if (!field || adminTargetOf(ctx.path, ctx.body) !== undefined) return;
  throw new APIError('BAD_REQUEST', {
    code: 'INVALID_TARGET',
    message: `${field} must be a single id (a string).`,
  });
}
