// Navigation guards for beforeLoad. They gate pages only; every server function authorizes itself.
import { notFound, redirect } from '@tanstack/react-router';
import type { AuthState } from './session.functions';

interface GuardInput {
  context: { auth: AuthState };
  location: { pathname: string; searchStr: string };
}

/** A same-origin relative path, or undefined: `?redirect=` never sends the user elsewhere. */
export function safeRedirectPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/')) return undefined;
  if (value.startsWith('//') || value.startsWith('/\\') || /[\u0000-\u001f]/.test(value)) return undefined;
  return value;
}

function signInRedirect(location: GuardInput['location']) {
  const back = encodeURIComponent(location.pathname + location.searchStr);
  return redirect({ href: `/auth/sign-in?redirect=${back}` });
}

export function requireAuth({ context, location }: GuardInput) {
  if (!context.auth.user) throw signInRedirect(location);
  return { user: context.auth.user };
}

/** Anonymous → sign-in; signed in but not an admin → 404, so the admin area stays hidden. */
export function requireAdminAuth({ context, location }: GuardInput) {
  if (!context.auth.user) throw signInRedirect(location);
  if (!context.auth.user.isAdmin) throw notFound();
  return { user: context.auth.user };
}

export function redirectIfAuthenticated({
  context,
  search,
}: {
  context: { auth: AuthState };
  search: { redirect?: string };
}) {
  if (context.auth.user) throw redirect({ href: safeRedirectPath(search.redirect) ?? '/dashboard' });
}
