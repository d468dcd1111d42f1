import { getDatabase } from '@kit/database';
import { invitation, member, organization, session } from '@kit/database/schema';
import { createTestOrganization, type TestUser } from '@kit/database/testing';
import { asc, eq } from 'drizzle-orm';
import type { HttpClient } from './http-client';

export const orgFn = {
  switchAccount: 'features.organization.organizations.functions.switchAccount',
  update: 'features.organization.organizations.functions.updateOrganizationSettings',
  delete: 'features.organization.organizations.functions.deleteOrganizationPermanently',
  settings: 'features.organization.organizations.functions.fetchOrganizationSettings',
  members: 'features.organization.members.functions.fetchMembers',
  changeRole: 'features.organization.members.functions.updateMemberRole',
  remove: 'features.organization.members.functions.removeOrganizationMember',
  leave: 'features.organization.members.functions.leaveActiveOrganization',
  transfer: 'features.organization.members.functions.transferOrganizationOwnership',
  invitations: 'features.organization.invitations.functions.fetchPendingInvitations',
  invite: 'features.organization.invitations.functions.inviteOrganizationMember',
  resend: 'features.organization.invitations.functions.resendOrganizationInvitation',
  cancel: 'features.organization.invitations.functions.cancelOrganizationInvitation',
  getInvitationView: 'features.organization.invitations.functions.fetchInvitation',
  accept: 'features.organization.invitations.functions.acceptOrganizationInvitation',
  decline: 'features.organization.invitations.functions.declineOrganizationInvitation',
} as const;

/** The session token inside a client's cookie (the cookie holds `<token>.<signature>`). */
export function sessionTokenOf(client: HttpClient): string {
  const value = client.cookie.split('; ').find((part) => part.startsWith('kit.session_token='));
  return decodeURIComponent(value?.split('=')[1] ?? '').split('.')[0] ?? '';
}

/** Points a client's session at an organization directly in the database (membership or not). */
export async function setActiveOrganization(client: HttpClient, organizationId: string | null) {
  await getDatabase()
    .update(session)
    .set({ activeOrganizationId: organizationId })
    .where(eq(session.token, sessionTokenOf(client)));
}

export interface OrganizationFixture {
  id: string;
  name: string;
  slug: string;
  memberIds: Record<string, string>;
  invitationId: string;
}

/** An organization with the given members and one pending invitation (as member) from its first owner. */
export async function createOrganizationFixture(
  members: Array<{ user: TestUser; role: 'owner' | 'admin' | 'member' }>,
  invitedEmail = `invited-${crypto.randomUUID().slice(0, 8)}@example.test`,
): Promise<OrganizationFixture> {
  const db = getDatabase();
  const org = await createTestOrganization(db, {
    members: members.map(({ user, role }) => ({ userId: user.id, role })),
  });
  const rows = await db.select().from(member).where(eq(member.organizationId, org.id));
  const memberIds = Object.fromEntries(rows.map((row) => [row.userId, row.id]));
  const invitationId = crypto.randomUUID();
  const inviter = members.find((m) => m.role === 'owner') ?? members[0];
  if (!inviter) throw new Error('an organization fixture needs a member');
  await db.insert(invitation).values({
    id: invitationId,
    organizationId: org.id,
    email: invitedEmail,
    role: 'member',
    status: 'pending',
    expiresAt: new Date(Date.now() + 86_400_000),
    inviterId: inviter.user.id,
  });
  return { ...org, memberIds, invitationId };
}

/** Everything an organization action could change, to compare before and after a refused call. */
export async function snapshotOrganization(organizationId: string) {
  const db = getDatabase();
  const [org] = await db.select().from(organization).where(eq(organization.id, organizationId));
  const members = await db
    .select({ id: member.id, userId: member.userId, role: member.role })
    .from(member)
    .where(eq(member.organizationId, organizationId))
    .orderBy(asc(member.id));
  const invitations = await db
    .select({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      status: invitation.status,
      expiresAt: invitation.expiresAt,
    })
    .from(invitation)
    .where(eq(invitation.organizationId, organizationId))
    .orderBy(asc(invitation.id));
  return { org, members, invitations };
}
