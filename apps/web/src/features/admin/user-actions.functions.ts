// Admin mutations on users. Each goes through better-auth's admin API with the admin's own request
// headers (so better-auth checks the admin too), and better-auth's hooks write the audit log; deleting a
// user is the exception (one transaction with the organizations it may delete, audited here).
import { adminAction, authAction, validateInput, withAdminPermission } from '@kit/action-middleware';
import { CLIENT_IP_HEADER, getAuth } from '@kit/better-auth/server';
import { getDatabase } from '@kit/database';
import { recordAuditEvent } from '@kit/database/audit';
import { session } from '@kit/database/schema';
import { deleteUserKeepingOrganizationsOwned, SoleOwnerConflict } from '@kit/database/user-deletion';
import { HttpError, NotFoundError, SOLE_OWNER_CODE, ValidationError } from '@kit/errors';
import { and, eq } from 'drizzle-orm';
import { endBillingBeforeDeletion } from '~/features/billing/deletion.service';
import { authApiHeaders } from '~/lib/server/auth-api-headers';
import { m } from '~/paraglide/messages';
import {
  banUserSchema,
  deleteUserSchema,
  revokeUserSessionSchema,
  setUserRoleSchema,
  userIdSchema,
} from './admin.schemas';

function refuseSelf(actorId: string, userId: string, message: () => string) {
  if (actorId === userId) throw new ValidationError({ userId: [message()] });
}

export const setUserRole = adminAction
  .middleware([withAdminPermission({ user: ['set-role'] })])
  .validator(validateInput(setUserRoleSchema))
  .handler(async ({ data, context }) => {
    refuseSelf(context.user.id, data.userId, m.err_self_role);
    await getAuth().api.setRole({
      headers: authApiHeaders(),
      body: { userId: data.userId, role: data.role },
    });
    return { userId: data.userId, role: data.role };
  });

/** Bans with a reason and an optional expiry; better-auth deletes all of the user's sessions at once. */
export const banUser = adminAction
  .middleware([withAdminPermission({ user: ['ban'] })])
  .validator(validateInput(banUserSchema))
  .handler(async ({ data, context }) => {
    refuseSelf(context.user.id, data.userId, m.err_self_ban);
    await getAuth().api.banUser({
      headers: authApiHeaders(),
      body: {
        userId: data.userId,
        banReason: data.reason,
        banExpiresIn: data.expiresInDays ? data.expiresInDays * 86_400 : undefined,
      },
    });
    return { userId: data.userId };
  });

export const unbanUser = adminAction
  .middleware([withAdminPermission({ user: ['ban'] })])
  .validator(validateInput(userIdSchema))
  .handler(async ({ data }) => {
    await getAuth().api.unbanUser({ headers: authApiHeaders(), body: { userId: data.userId } });
    return { userId: data.userId };
  });

export const revokeUserSession = adminAction
  .middleware([withAdminPermission({ session: ['revoke'] })])
  .validator(validateInput(revokeUserSessionSchema))
  .handler(async ({ data }) => {
    const [row] = await getDatabase()
      .select({ token: session.token })
      .from(session)
      .where(and(eq(session.id, data.sessionId), eq(session.userId, data.userId)));
    if (!row) throw new NotFoundError(m.err_session_ended());
    await getAuth().api.revokeUserSession({ headers: authApiHeaders(), body: { sessionToken: row.token } });
    return { sessionId: data.sessionId };
  });

export const revokeAllUserSessions = adminAction
  .middleware([withAdminPermission({ session: ['revoke'] })])
  .validator(validateInput(userIdSchema))
  .handler(async ({ data }) => {
    await getAuth().api.revokeUserSessions({ headers: authApiHeaders(), body: { userId: data.userId } });
    return { userId: data.userId };
  });

/** Starts an impersonation session (one hour at most; never of another admin) and sets its cookie. */
export const impersonateUser = adminAction
  .middleware([withAdminPermission({ user: ['impersonate'] })])
  .validator(validateInput(userIdSchema))
  .handler(async ({ data, context }) => {
    refuseSelf(context.user.id, data.userId, m.err_self_impersonate);
    await getAuth().api.impersonateUser({ headers: authApiHeaders(), body: { userId: data.userId } });
    return { userId: data.userId };
  });

/** Ends the impersonation and restores the admin's own session. */
export const stopImpersonating = authAction.handler(async ({ context }) => {
  if (!context.session.impersonatedBy) {
    throw new HttpError(400, m.err_not_impersonating(), 'NOT_IMPERSONATING');
  }
  await getAuth().api.stopImpersonating({ headers: authApiHeaders() });
  return { userId: context.user.id };
});

/**
 * Deletes the user. Organizations they are the only owner of are not orphaned: unless the admin chose to
 * delete them too, the deletion is refused (409) with their names. The ownership check, the organizations
 * and the user go in one transaction; the audit rows follow it.
 */
export const deleteUser = adminAction
  .middleware([withAdminPermission({ user: ['delete'] })])
  .validator(validateInput(deleteUserSchema))
  .handler(async ({ data, context }) => {
    refuseSelf(context.user.id, data.userId, m.err_self_delete);
    const db = getDatabase();
    const deletion = await deleteUserKeepingOrganizationsOwned(db, data.userId, {
      deleteSoleOwnedOrganizations: data.deleteOwnedOrganizations ?? false,
      // Their live subscriptions are cancelled in Stripe first; if Stripe refuses, nothing is deleted.
      beforeDeletingOrganizations: async (tx, organizations) => {
        for (const org of organizations) await endBillingBeforeDeletion(tx, org.id);
      },
    }).catch((error: unknown) => {
      if (!(error instanceof SoleOwnerConflict)) throw error;
      const names = error.organizations.map((org) => org.name).join(', ');
      throw new HttpError(409, m.err_sole_owner_delete({ names }), SOLE_OWNER_CODE);
    });
    if (!deletion.deleted) throw new NotFoundError(m.err_user_gone());
    const headers = authApiHeaders();
    const request = { ipAddress: headers.get(CLIENT_IP_HEADER), userAgent: headers.get('user-agent') };
    const actor = { actorId: context.user.id, actorEmail: context.user.email };
    for (const org of deletion.deletedOrganizations) {
      await recordAuditEvent(db, {
        ...actor,
        action: 'organization.delete',
        targetType: 'organization',
        targetId: org.id,
        metadata: { name: org.name, reason: 'owner deleted' },
        ...request,
      });
    }
    await recordAuditEvent(db, {
      ...actor,
      action: 'user.delete',
      targetType: 'user',
      targetId: data.userId,
      ...request,
    });
    return { userId: data.userId };
  });
