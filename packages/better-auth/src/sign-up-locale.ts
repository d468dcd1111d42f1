import type { GenericEndpointContext, User } from 'better-auth';

/**
 * The app's own user columns, declared so better-auth's adapter writes and reads them. `input: false`: no
 * sign-up or update-user body may set them; only the server does.
 * - `locale`: the user's stored language (sign-up, the app's language switch).
 * - `onboardedAt`: when the user finished or skipped onboarding (null: still to show); set by the
 *   onboarding's finish action and by accepting an invitation.
 */
export const userFields = {
  locale: { type: 'string', required: false, input: false },
  onboardedAt: { type: 'date', required: false, input: false },
} as const;

/** An admin creating a user speaks the admin's language, not the new user's. */
const CREATED_FOR_SOMEONE_ELSE = new Set(['/admin/create-user']);

function requestOf(ctx: GenericEndpointContext): Request | undefined {
  if (ctx.request) return ctx.request;
  // Called through auth.api on the server: only the caller's headers were passed on.
  return ctx.headers ? new Request(ctx.context.baseURL, { headers: ctx.headers }) : undefined;
}

/** A new user's row with the language of the request that signs them up (cookie, then Accept-Language). */
export async function withSignUpLocale(
  data: User & Record<string, unknown>,
  ctx: GenericEndpointContext | null,
  localeOf: ((request: Request) => string) | undefined,
): Promise<{ data: User & Record<string, unknown> } | undefined> {
  if (!localeOf || !ctx || CREATED_FOR_SOMEONE_ELSE.has(ctx.path)) return undefined;
  const request = requestOf(ctx);
  return request ? { data: { ...data, locale: localeOf(request) } } : undefined;
}
