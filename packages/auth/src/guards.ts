// Route guards for beforeLoad. They gate navigation only; every server function authorizes itself
// (./authorize). Safe in the browser: they read the identity the root route loaded, and import nothing
// of the server.
import type { ClientIdentity } from '@kit/better-auth/identity';
import { notFound, redirect } from '@tanstack/react-router';

interface GuardInput {
  context: { identity: ClientIdentity };
  location: { pathname: string; searchStr: string };
}

const PLACEHOLDER_ORIGIN = 'http://redirect.invalid';

/** A same-origin relative path, or undefined: `?redirect=` never sends the user elsewhere. */
export function safeRedirectPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/')) return undefined;
  // Let the URL parser decide, as the browser will: `//evil`, `/\evil` and tricks with control
  // characters all resolve to another origin.
  try {
    const url = new URL(value, PLACEHOLDER_ORIGIN);
    if (url.origin !== PLACEHOLDER_ORIGIN) return undefined;
    // An encoded slash or backslash in the path (`/%2F%2Fevil`) is `//evil` once decoded, which is how
    // better-auth checks a callback URL: it would refuse the sign-in. No page of the app has one.
    if (/%2f|%5c/i.test(url.pathname)) return undefined;
    return url.pathname + url.search + url.hash;
  } catch {
    return undefined;
  }
}

/** The sign-in page, with the path to come back to. */
export function signInRedirect(location: { pathname: string; searchStr: string }) {
  const back = encodeURIComponent(location.pathname + location.searchStr);
  return redirect({ href: `/auth/sign-in?redirect=${back}` });
}

export function requireAuth({ context, location }: GuardInput) {
  if (!context.identity.user) throw signInRedirect(location);
  return { user: context.identity.user };
}

/**
 * requireAuth, and a user who has not finished onboarding goes to it (/onboarding picks the step); the
 * flow lives outside the guarded pages, and an invitation link still opens (joining ends onboarding). An
 * admin impersonating the user is let through: onboarding is the user's own to do.
 */
export function requireOnboarded(input: GuardInput) {
  const { user } = requireAuth(input);
  if (
    !user.onboarded &&
    !input.context.identity.impersonatedBy &&
    !input.location.pathname.startsWith('/invitations/')
  )
    throw redirect({ href: '/onboarding' });
  return { user };
}

/** Anonymous → sign-in; signed in but not an admin → 404, so the admin area stays hidden. */
export function requireAdminAuth({ context, location }: GuardInput) {
  if (!context.identity.user) throw signInRedirect(location);
  if (!context.identity.user.isAdmin) throw notFound();
  return { user: context.identity.user };
}

export function redirectIfAuthenticated({
  context,
  search,
}: {
  context: { identity: ClientIdentity };
  search: { redirect?: string };
}) {
  if (context.identity.user) throw redirect({ href: safeRedirectPath(search.redirect) ?? '/dashboard' });
}
