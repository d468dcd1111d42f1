import { addUserToLogContext } from '@kit/logger';
import type { HookContext } from './hook-context';

/**
 * The request's log line names the user a better-auth endpoint acted for: the session it read, or the one
 * it opened (a sign-in). The app's own pages and server functions find the session themselves; these
 * endpoints read it inside better-auth, out of the app's sight.
 */
export function nameUserInLog(ctx: HookContext): void {
  const session = ctx.context.newSession ?? ctx.context.session;
  if (!session) return;
  const organizationId: unknown = session.session.activeOrganizationId;
  addUserToLogContext({
    userId: session.user.id,
    orgId: typeof organizationId === 'string' ? organizationId : undefined,
  });
}
