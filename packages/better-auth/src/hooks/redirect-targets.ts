import { BASE_ERROR_CODES } from 'better-auth';
import { APIError } from 'better-auth/api';
import type { HookContext } from './hook-context';

/** The request values better-auth (and the kit's hooks) turn into a redirect, with the code of their refusal. */
const REDIRECT_FIELDS = {
  callbackURL: BASE_ERROR_CODES.INVALID_CALLBACK_URL,
  newUserCallbackURL: BASE_ERROR_CODES.INVALID_NEW_USER_CALLBACK_URL,
  errorCallbackURL: BASE_ERROR_CODES.INVALID_ERROR_CALLBACK_URL,
  redirectTo: BASE_ERROR_CODES.INVALID_REDIRECT_URL,
} as const;

type RedirectField = keyof typeof REDIRECT_FIELDS;

/** A path on the app, or a URL on the app's origin or a trusted one: better-auth's own rule. */
export function isTrustedRedirect(ctx: HookContext, value: unknown): value is string {
  return typeof value === 'string' && ctx.context.isTrustedOrigin(value, { allowRelativePaths: true });
}

/** A 403 naming the field, as better-auth answers an untrusted callback URL; nothing happens after it. */
export function untrustedRedirect(field: RedirectField): APIError {
  return APIError.from('FORBIDDEN', REDIRECT_FIELDS[field]);
}

/**
 * First of all hooks, on every endpoint: a redirect target in the query or the body that leaves the app
 * is refused before any hook or endpoint acts on it. better-auth checks these in each endpoint's own
 * middleware, which runs after the hooks; a hook that redirects (a refused sign-in link) would otherwise
 * send the person wherever the link said.
 */
export function refuseUntrustedRedirects(ctx: HookContext): void {
  for (const source of [ctx.query, ctx.body]) {
    if (!source || typeof source !== 'object') continue;
    for (const field of Object.keys(REDIRECT_FIELDS) as RedirectField[]) {
      const value = (source as Record<string, unknown>)[field];
      if (value !== undefined && !isTrustedRedirect(ctx, value)) throw untrustedRedirect(field);
    }
  }
}
