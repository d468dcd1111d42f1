// Audit of admin mutations at the better-auth layer, so that a mutation is recorded once whether it
// came through the admin panel's server functions or straight to /api/auth/admin/*.

import { getDatabase } from '@kit/database';
import { recordAuditEvent } from '@kit/database/audit';
import { getSessionFromCtx, isAPIError } from 'better-auth/api';
import { CLIENT_IP_HEADER } from '../client-ip';
import { ADMIN_TARGET_FIELDS, adminTargetOf } from './admin-target';
import type { HookContext } from './hook-context';

/** Mutating admin endpoints: the action recorded and the kind of their target (see admin-target.ts). */
const AUDITED: Record<string, { action: string; targetType: string }> = {
  '/admin/ban-user': { action: 'user.ban', targetType: 'user' },
  '/admin/unban-user': { action: 'user.unban', targetType: 'user' },
  '/admin/set-role': { action: 'user.set-role', targetType: 'user' },
  '/admin/impersonate-user': { action: 'user.impersonate', targetType: 'user' },
  '/admin/revoke-user-session': { action: 'session.revoke', targetType: 'session' },
  '/admin/revoke-user-sessions': { action: 'user.revoke-sessions', targetType: 'user' },
  '/admin/remove-user': { action: 'user.delete', targetType: 'user' },
  '/admin/set-user-password': { action: 'user.set-password', targetType: 'user' },
  '/admin/update-user': { action: 'user.update', targetType: 'user' },
  '/admin/create-user': { action: 'user.create', targetType: 'user' },
};

function field(body: unknown, name: string): unknown {
  return body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
}

function requestMeta(ctx: HookContext) {
  return {
    ipAddress: ctx.headers?.get(CLIENT_IP_HEADER) ?? null,
    userAgent: ctx.headers?.get('user-agent') ?? null,
  };
}

/** Metadata worth keeping for an action; never a password. */
function metadataOf(path: string, body: unknown): Record<string, unknown> | undefined {
  if (path === '/admin/ban-user')
    return { reason: field(body, 'banReason') ?? null, expiresIn: field(body, 'banExpiresIn') ?? null };
  if (path === '/admin/set-role') return { role: field(body, 'role') };
  if (path === '/admin/update-user')
    return { fields: Object.keys((field(body, 'data') as object | undefined) ?? {}) };
  return undefined;
}

/** After a successful admin mutation: who, what, on whom, from where. */
export async function auditAdminMutation(ctx: HookContext): Promise<void> {
  if (!AUDITED[ctx.path] || isAPIError(ctx.context.returned)) return;
  const returnedUser = field(ctx.context.returned, 'user');
  const targetId = ADMIN_TARGET_FIELDS[ctx.path]
    ? adminTargetOf(ctx.path, ctx.body)
    : field(returnedUser, 'id');
  await recordAdminMutation(ctx, typeof targetId === 'string' ? targetId : null);
}

/** Writes the audit row of the admin endpoint `ctx.path` acting on `targetId`. */
export async function recordAdminMutation(ctx: HookContext, targetId: string | null): Promise<void> {
  const audited = AUDITED[ctx.path];
  if (!audited) return;
  const actor = ctx.context.session ?? (await getSessionFromCtx(ctx));
  await recordAuditEvent(getDatabase(), {
    action: audited.action,
    actorId: actor?.user.id ?? null,
    actorEmail: actor?.user.email ?? null,
    impersonatorId: actor?.session.impersonatedBy ?? null,
    targetType: audited.targetType,
    // A session token is a credential: keep only enough of it to tell sessions apart.
    targetId: targetId && audited.targetType === 'session' ? `${targetId.slice(0, 6)}…` : targetId,
    metadata: metadataOf(ctx.path, ctx.body),
    ...requestMeta(ctx),
  });
}

/** Before stopping an impersonation (the impersonation session is deleted by the endpoint). */
export async function auditStopImpersonating(ctx: HookContext): Promise<void> {
  if (ctx.path !== '/admin/stop-impersonating') return;
  const current = await getSessionFromCtx(ctx);
  const impersonatorId = current?.session.impersonatedBy;
  if (!current || !impersonatorId) return;
  await recordAuditEvent(getDatabase(), {
    action: 'user.stop-impersonating',
    actorId: impersonatorId,
    impersonatorId,
    targetType: 'user',
    targetId: current.user.id,
    ...requestMeta(ctx),
  });
}
