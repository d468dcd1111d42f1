import { createHash } from 'node:crypto';
import type { OrganizationIdentity } from '@kit/better-auth/context';
import { canCancelInvitation, canInviteAs, organizationRoleCan } from '@kit/better-auth/permissions';
import { getDatabase } from '@kit/database';
import { consumeAllowance } from '@kit/database/rate-limits';
import { invitation, member, organization, session, user } from '@kit/database/schema';
import { ForbiddenError, HttpError, NotFoundError, ValidationError } from '@kit/errors';
import { sendEmail } from '@kit/mailers';
import { and, count, desc, eq, gt, sql } from 'drizzle-orm';
import { activityActorOf, recordActivity } from '~/features/activity/record-activity';
import { requireRoomForOneMore, storedSubscriptionOf } from '~/features/billing/plan-limits';
import { syncSeats } from '~/features/billing/seats.service';
import { localizedActionEmail } from '~/features/emails/action-email';
import { markOnboarded } from '~/features/onboarding/onboarding.service';
import { formatDate } from '~/lib/i18n/format';
import { roleLabel } from '~/lib/i18n/role-label';
import { m } from '~/paraglide/messages';
import { getLocale } from '~/paraglide/runtime';

const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

type Transaction = Parameters<Parameters<ReturnType<typeof getDatabase>['transaction']>[0]>[0];

async function countMembers(tx: Transaction, organizationId: string): Promise<number> {
  const [row] = await tx
    .select({ value: count() })
    .from(member)
    .where(eq(member.organizationId, organizationId));
  return row?.value ?? 0;
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: string;
  expiresAt: Date;
  createdAt: Date;
  isExpired: boolean;
}

/**
 * An invitation's id is the secret of its link. Roles that can neither resend nor cancel invitations
 * get a key that tells the rows apart and opens nothing.
 */
function visibleId(id: string, viewerRole: string): string {
  if (organizationRoleCan(viewerRole, { invitation: ['create'] })) return id;
  if (organizationRoleCan(viewerRole, { invitation: ['cancel'] })) return id;
  return `row-${createHash('sha256').update(id).digest('hex').slice(0, 16)}`;
}

export async function listPendingInvitations(
  organizationId: string,
  viewerRole: string,
): Promise<PendingInvitation[]> {
  const rows = await getDatabase()
    .select({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      createdAt: invitation.createdAt,
    })
    .from(invitation)
    .where(and(eq(invitation.organizationId, organizationId), eq(invitation.status, 'pending')))
    .orderBy(desc(invitation.createdAt));
  const now = Date.now();
  return rows.map((row) => ({
    ...row,
    id: visibleId(row.id, viewerRole),
    role: row.role ?? 'member',
    isExpired: row.expiresAt.getTime() <= now,
  }));
}

/** Invitation emails one address may receive per window, from every organization together. */
export const invitationMailLimit = { max: 3, windowSeconds: 60 * 60 } as const;

/** Counts an invitation email to `email`; 429 when the address has had its share for now. */
async function throttleInvitationMail(email: string): Promise<void> {
  const digest = createHash('sha256').update(normalizeEmail(email)).digest('hex');
  const allowance = await consumeAllowance(getDatabase(), `invitation-mail:${digest}`, invitationMailLimit);
  if (allowance.allowed) return;
  throw new HttpError(
    429,
    m.err_invitation_mail_throttled({ minutes: Math.ceil(allowance.retryAfterSeconds / 60) }),
    'INVITATION_MAIL_THROTTLED',
  );
}

async function sendInvitationEmail(invitationId: string, baseUrl: string) {
  const [row] = await getDatabase()
    .select({
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      organizationName: organization.name,
      inviterName: user.name,
      inviterEmail: user.email,
    })
    .from(invitation)
    .innerJoin(organization, eq(organization.id, invitation.organizationId))
    .innerJoin(user, eq(user.id, invitation.inviterId))
    .where(eq(invitation.id, invitationId));
  if (!row) throw new NotFoundError(m.err_invitation_missing());
  // The invitee has no language on record yet: the email speaks the inviter's.
  const locale = getLocale();
  const names = { organization: row.organizationName, inviter: row.inviterName || row.inviterEmail };
  await sendEmail({
    to: row.email,
    subject: m.email_invitation_subject(names, { locale }),
    template: localizedActionEmail(locale, {
      preview: m.email_invitation_preview(names, { locale }),
      heading: m.email_invitation_heading(names, { locale }),
      paragraphs: [
        m.email_invitation_text({ ...names, role: roleLabel(row.role ?? 'member') }, { locale }),
        m.email_invitation_text_account({}, { locale }),
      ],
      actionLabel: m.email_invitation_action({}, { locale }),
      actionUrl: `${baseUrl}/invitations/${invitationId}`,
      footnote: m.email_invitation_footnote({ date: formatDate(row.expiresAt) }, { locale }),
    }),
  });
}

export async function inviteMember(
  actor: OrganizationIdentity,
  input: { email: string; role: string },
  baseUrl: string,
): Promise<PendingInvitation> {
  if (!canInviteAs(actor.role, input.role)) {
    throw new ForbiddenError(
      input.role === 'owner' ? m.err_invite_owner_only_owner() : m.err_role_cannot_invite(),
    );
  }
  const email = normalizeEmail(input.email);
  const db = getDatabase();
  const [existingMember] = await db
    .select({ id: member.id })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(member.organizationId, actor.activeOrganizationId), eq(sql`lower(${user.email})`, email)))
    .limit(1);
  if (existingMember) throw new ValidationError({ email: [m.err_already_member()] });
  await throttleInvitationMail(email);

  const created = await db.transaction(async (tx) => {
    // A new invitation replaces any pending one for the same address.
    await tx
      .update(invitation)
      .set({ status: 'canceled' })
      .where(
        and(
          eq(invitation.organizationId, actor.activeOrganizationId),
          eq(invitation.email, email),
          eq(invitation.status, 'pending'),
        ),
      );
    // A pending invitation holds a place: members and open invitations together stay within the plan.
    await requireRoomForOneMore(tx, actor.activeOrganizationId, actor, 'members', async () => {
      const members = await countMembers(tx, actor.activeOrganizationId);
      const [open] = await tx
        .select({ value: count() })
        .from(invitation)
        .where(
          and(
            eq(invitation.organizationId, actor.activeOrganizationId),
            eq(invitation.status, 'pending'),
            gt(invitation.expiresAt, new Date()),
          ),
        );
      return members + (open?.value ?? 0);
    });
    const [row] = await tx
      .insert(invitation)
      .values({
        id: crypto.randomUUID(),
        organizationId: actor.activeOrganizationId,
        email,
        role: input.role,
        status: 'pending',
        expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
        inviterId: actor.user.id,
      })
      .returning();
    if (!row) throw new Error('invitation insert returned nothing');
    // The invitation's id is the secret of its link: the log keeps the address and the role.
    await recordActivity(tx, activityActorOf(actor), {
      action: 'invitation.create',
      targetType: 'invitation',
      metadata: { email, role: input.role },
    });
    return row;
  });
  await sendInvitationEmail(created.id, baseUrl);
  return { ...created, role: created.role ?? 'member', isExpired: false };
}

async function findPendingInOrganization(organizationId: string, invitationId: string) {
  const [row] = await getDatabase()
    .select()
    .from(invitation)
    .where(and(eq(invitation.id, invitationId), eq(invitation.organizationId, organizationId)));
  if (!row) throw new NotFoundError(m.err_invitation_not_here());
  if (row.status !== 'pending') {
    throw new ValidationError({ invitationId: [m.err_invitation_not_pending()] });
  }
  return row;
}

/** Sends the invitation again with a fresh expiry. */
export async function resendInvitation(actor: OrganizationIdentity, invitationId: string, baseUrl: string) {
  const row = await findPendingInOrganization(actor.activeOrganizationId, invitationId);
  if (!canInviteAs(actor.role, row.role ?? 'member')) {
    throw new ForbiddenError(m.err_resend_owner_only_owner());
  }
  await throttleInvitationMail(row.email);
  await getDatabase().transaction(async (tx) => {
    await tx
      .update(invitation)
      .set({ expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS) })
      .where(eq(invitation.id, row.id));
    await recordActivity(tx, activityActorOf(actor), {
      action: 'invitation.resend',
      targetType: 'invitation',
      metadata: { email: row.email, role: row.role ?? 'member' },
    });
  });
  await sendInvitationEmail(row.id, baseUrl);
  return { id: row.id };
}

export async function cancelInvitation(actor: OrganizationIdentity, invitationId: string) {
  const row = await findPendingInOrganization(actor.activeOrganizationId, invitationId);
  if (!canCancelInvitation(actor.role, row.role ?? 'member')) {
    throw new ForbiddenError(m.err_cancel_owner_only_owner());
  }
  await getDatabase().transaction(async (tx) => {
    const canceled = await tx
      .update(invitation)
      .set({ status: 'canceled' })
      .where(and(eq(invitation.id, row.id), eq(invitation.status, 'pending')))
      .returning({ id: invitation.id });
    if (canceled.length === 0) return;
    await recordActivity(tx, activityActorOf(actor), {
      action: 'invitation.cancel',
      targetType: 'invitation',
      metadata: { email: row.email, role: row.role ?? 'member' },
    });
  });
  return { id: row.id };
}

// ---------------------------------------------------------------------------------------------
// The invited person's side.

export type InvitationView =
  | { state: 'not_found' }
  | { state: 'wrong_recipient' }
  | { state: 'expired' | 'canceled' | 'accepted' | 'rejected'; organizationName: string }
  | {
      state: 'pending';
      organizationName: string;
      inviterName: string;
      role: string;
      email: string;
      expiresAt: Date;
    };

interface Viewer {
  userId: string;
  email: string;
  /** Only a confirmed address proves the viewer owns the mailbox the invitation went to. */
  emailVerified: boolean;
  sessionId: string;
  /**
   * The admin impersonating the viewer, if one is: the log names them, and joining does not count as the
   * viewer's onboarding.
   */
  impersonatorId: string | null;
}

async function loadInvitation(invitationId: string) {
  const [row] = await getDatabase()
    .select({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      status: invitation.status,
      expiresAt: invitation.expiresAt,
      organizationId: invitation.organizationId,
      organizationName: organization.name,
      inviterName: user.name,
    })
    .from(invitation)
    .innerJoin(organization, eq(organization.id, invitation.organizationId))
    .innerJoin(user, eq(user.id, invitation.inviterId))
    .where(eq(invitation.id, invitationId));
  return row;
}

/** What the invitation page shows this viewer; another person's invitation reveals nothing about it. */
export async function getInvitationView(invitationId: string, viewer: Viewer): Promise<InvitationView> {
  const row = await loadInvitation(invitationId);
  if (!row) return { state: 'not_found' };
  if (normalizeEmail(row.email) !== normalizeEmail(viewer.email)) return { state: 'wrong_recipient' };
  if (row.status === 'pending' && row.expiresAt.getTime() <= Date.now()) {
    return { state: 'expired', organizationName: row.organizationName };
  }
  if (row.status === 'pending') {
    return {
      state: 'pending',
      organizationName: row.organizationName,
      inviterName: row.inviterName,
      role: row.role ?? 'member',
      email: row.email,
      expiresAt: row.expiresAt,
    };
  }
  const state =
    row.status === 'canceled' || row.status === 'accepted' || row.status === 'rejected'
      ? row.status
      : 'canceled';
  return { state, organizationName: row.organizationName };
}

function refusal(state: Exclude<InvitationView['state'], 'pending'>): HttpError {
  switch (state) {
    case 'not_found':
      return new NotFoundError(m.err_invitation_not_found_link());
    case 'wrong_recipient':
      return new ForbiddenError(m.err_invitation_wrong_recipient());
    case 'expired':
      return new HttpError(410, m.err_invitation_expired(), 'INVITATION_EXPIRED');
    case 'canceled':
      return new HttpError(410, m.err_invitation_cancelled(), 'INVITATION_CANCELED');
    case 'accepted':
      return new HttpError(409, m.err_invitation_accepted(), 'INVITATION_ACCEPTED');
    case 'rejected':
      return new HttpError(409, m.err_invitation_declined(), 'INVITATION_REJECTED');
  }
}

/**
 * Claims a pending, unexpired invitation addressed to the viewer in one conditional update, so of any
 * number of concurrent attempts exactly one succeeds; returns the claimed row, or undefined.
 */
async function claimInvitation(
  tx: Transaction,
  invitationId: string,
  viewer: Viewer,
  status: 'accepted' | 'rejected',
) {
  const [claimed] = await tx
    .update(invitation)
    .set({ status })
    .where(
      and(
        eq(invitation.id, invitationId),
        eq(invitation.status, 'pending'),
        gt(invitation.expiresAt, new Date()),
        eq(sql`lower(${invitation.email})`, normalizeEmail(viewer.email)),
      ),
    )
    .returning();
  return claimed;
}

/** Why a claim found nothing to claim. */
async function refusalFor(invitationId: string, viewer: Viewer): Promise<HttpError> {
  const view = await getInvitationView(invitationId, viewer);
  return refusal(view.state === 'pending' ? 'accepted' : view.state);
}

/**
 * Accepts: membership with the invited role, the organization becomes the session's active one, and the
 * viewer counts as onboarded (unless an admin impersonates them). The claim and the membership are one
 * transaction: if the membership cannot be created, the invitation stays pending.
 */
export async function acceptInvitation(invitationId: string, viewer: Viewer) {
  if (!viewer.emailVerified) {
    throw new HttpError(403, m.err_invitation_unverified(), 'EMAIL_NOT_VERIFIED');
  }
  const accepted = await getDatabase().transaction(async (tx) => {
    const claimed = await claimInvitation(tx, invitationId, viewer, 'accepted');
    if (!claimed) return undefined;
    // The invitation's organization, which need not be the viewer's active one: its stored plan decides.
    const plan = await storedSubscriptionOf(tx, claimed.organizationId);
    await requireRoomForOneMore(tx, claimed.organizationId, plan, 'members', () =>
      countMembers(tx, claimed.organizationId),
    );
    await tx
      .insert(member)
      .values({
        id: crypto.randomUUID(),
        organizationId: claimed.organizationId,
        userId: viewer.userId,
        role: claimed.role ?? 'member',
      })
      .onConflictDoNothing({ target: [member.organizationId, member.userId] });
    await tx
      .update(session)
      .set({ activeOrganizationId: claimed.organizationId })
      .where(eq(session.id, viewer.sessionId));
    await recordActivity(
      tx,
      {
        organizationId: claimed.organizationId,
        userId: viewer.userId,
        email: viewer.email,
        impersonatorId: viewer.impersonatorId,
      },
      { action: 'invitation.accept', targetType: 'invitation', metadata: { role: claimed.role ?? 'member' } },
    );
    // Joining a team is the invited person's onboarding: they land in the organization, not in the flow.
    if (!viewer.impersonatorId) {
      await markOnboarded(tx, viewer.userId);
    }
    return claimed;
  });
  if (!accepted) throw await refusalFor(invitationId, viewer);
  await syncSeats(accepted.organizationId, `invitation:${accepted.id}`);
  return { organizationId: accepted.organizationId };
}

export async function declineInvitation(invitationId: string, viewer: Viewer) {
  const declined = await getDatabase().transaction((tx) =>
    claimInvitation(tx, invitationId, viewer, 'rejected'),
  );
  if (!declined) throw await refusalFor(invitationId, viewer);
  return { id: invitationId };
}
