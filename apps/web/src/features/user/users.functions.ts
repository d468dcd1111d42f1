import { authAction, authQuery, notWhileImpersonating, validateInput } from '@kit/action-middleware';
import { getOfferedSignInMethods } from '@kit/better-auth/server';
import { getDatabase } from '@kit/database';
import { listSoleOwnedOrganizations } from '@kit/database/organizations';
import { listCredentials } from './credentials.service';
import { listUserSessions, revokeOtherOwnSessions, revokeOwnSession } from './sessions.service';
import { sessionIdSchema } from './users.schemas';

/** The caller's active sessions, the current one marked. */
export const fetchMySessions = authQuery.handler(({ context }) =>
  listUserSessions(context.user.id, context.session.id),
);

/** Ends one of the caller's sessions (only ever the caller's own). */
export const revokeMySession = authAction
  .middleware([notWhileImpersonating])
  .validator(validateInput(sessionIdSchema))
  .handler(async ({ data, context }) => {
    await revokeOwnSession(context.user.id, data.sessionId);
    return { sessionId: data.sessionId };
  });

/** Ends every session of the caller but the current one. */
export const revokeMyOtherSessions = authAction
  .middleware([notWhileImpersonating])
  .handler(async ({ context }) => ({
    revoked: await revokeOtherOwnSessions(context.user.id, context.session.id),
  }));

/** Organizations the caller alone owns: they block deleting the user until handed over or deleted. */
export const fetchMyDeletionBlockers = authQuery.handler(({ context }) =>
  listSoleOwnedOrganizations(getDatabase(), context.user.id),
);

/** The caller's credentials (linked accounts, passkeys), next to the sign-in methods the server offers. */
export const fetchMyCredentials = authQuery.handler(async ({ context }) => ({
  offered: getOfferedSignInMethods(),
  ...(await listCredentials(context.user.id)),
}));
