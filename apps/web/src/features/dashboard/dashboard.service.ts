// What the dashboard shows, each summary read in ONE statement: counts as scalar subqueries, the short
// lists as json subqueries, over the organization's (or the user's) row. The organization is always the
// session's active one; nothing here takes an id from the input.
import { accessOfIdentity } from '@kit/auth/entitlements';
import type { OrganizationIdentity } from '@kit/better-auth/context';
import { organizationRoleCan } from '@kit/better-auth/permissions';
import { getDatabase } from '@kit/database';
import { invitation, member, organization, passkey, session, user } from '@kit/database/schema';
import { NotFoundError } from '@kit/errors';
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { projects } from '~/features/projects/projects.table';
import { m } from '~/paraglide/messages';
import { DASHBOARD_LIST_SIZE } from './dashboard.schemas';

export interface DashboardMember {
  userId: string;
  name: string;
  image: string | null;
  role: string;
}

export interface DashboardProject {
  id: string;
  name: string;
  createdAt: Date;
}

export interface DashboardInvitation {
  email: string;
  role: string;
  expiresAt: Date;
}

export interface DashboardPlan {
  planId: string;
  name: string;
  /** Stripe's status of the subscription; null when the organization never subscribed. */
  status: string | null;
  mode: 'full' | 'grace' | 'read-only';
  /** The plan's limits (null: no limit). */
  limits: { projects: number | null; members: number | null };
}

export interface OrganizationDashboard {
  organizationName: string;
  memberCount: number;
  /** The most recently joined members, newest first. */
  members: DashboardMember[];
  projectCount: number;
  /** The newest projects. */
  projects: DashboardProject[];
  /** Only for roles that may invite (null otherwise): the pending, unexpired invitations. */
  invitations: { count: number; recent: DashboardInvitation[] } | null;
  /** null with billing off. */
  plan: DashboardPlan | null;
  canInvite: boolean;
  canManageProjects: boolean;
  canManageBilling: boolean;
}

export interface InvitationForYou {
  id: string;
  organizationName: string;
  inviterName: string;
  role: string;
  expiresAt: Date;
}

export interface PersonalDashboard {
  emailVerified: boolean;
  twoFactorEnabled: boolean;
  passkeyCount: number;
  sessionCount: number;
  /** Pending invitations to the user's address (none until the address is confirmed, see below). */
  invitationCount: number;
  /** The newest of them. */
  invitations: InvitationForYou[];
}

/** json_build_object turns timestamps into ISO strings. */
type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };

const jsonList = <T>(chunks: ReturnType<typeof sql>) =>
  sql<Json<T>[]>`coalesce(json_agg(${chunks}), '[]'::json)`;

export async function getOrganizationDashboard(
  identity: OrganizationIdentity,
): Promise<OrganizationDashboard> {
  const db = getDatabase();
  const organizationId = identity.activeOrganizationId;
  const now = new Date();
  const canInvite = organizationRoleCan(identity.role, { invitation: ['create'] });

  const recentMembers = db
    .select({
      userId: member.userId,
      name: user.name,
      image: user.image,
      role: member.role,
      joinedAt: member.createdAt,
    })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(eq(member.organizationId, organizationId))
    .orderBy(desc(member.createdAt), desc(member.id))
    .limit(DASHBOARD_LIST_SIZE.members)
    .as('recent_members');
  const membersJson = db
    .select({
      list: jsonList<DashboardMember>(
        sql`json_build_object('userId', ${recentMembers.userId}, 'name', ${recentMembers.name},
          'image', ${recentMembers.image}, 'role', ${recentMembers.role})
          order by ${desc(recentMembers.joinedAt)}`,
      ),
    })
    .from(recentMembers);

  const recentProjects = db
    .select({ id: projects.id, name: projects.name, createdAt: projects.createdAt })
    .from(projects)
    .where(eq(projects.organizationId, organizationId))
    .orderBy(desc(projects.createdAt), desc(projects.id))
    .limit(DASHBOARD_LIST_SIZE.projects)
    .as('recent_projects');
  const projectsJson = db
    .select({
      list: jsonList<DashboardProject>(
        sql`json_build_object('id', ${recentProjects.id}, 'name', ${recentProjects.name},
          'createdAt', ${recentProjects.createdAt}) order by ${desc(recentProjects.createdAt)}`,
      ),
    })
    .from(recentProjects);

  const pending = and(
    eq(invitation.organizationId, organizationId),
    eq(invitation.status, 'pending'),
    gt(invitation.expiresAt, now),
  );
  const recentInvitations = db
    .select({
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      createdAt: invitation.createdAt,
    })
    .from(invitation)
    .where(pending)
    .orderBy(desc(invitation.createdAt), desc(invitation.id))
    .limit(DASHBOARD_LIST_SIZE.invitations)
    .as('recent_invitations');
  const invitationsJson = db
    .select({
      list: jsonList<DashboardInvitation>(
        sql`json_build_object('email', ${recentInvitations.email}, 'role', ${recentInvitations.role},
          'expiresAt', ${recentInvitations.expiresAt}) order by ${desc(recentInvitations.createdAt)}`,
      ),
    })
    .from(recentInvitations);

  const [row] = await db
    .select({
      organizationName: organization.name,
      memberCount: db.$count(member, eq(member.organizationId, organizationId)),
      members: sql<Json<DashboardMember>[]>`(${membersJson})`,
      projectCount: db.$count(projects, eq(projects.organizationId, organizationId)),
      projects: sql<Json<DashboardProject>[]>`(${projectsJson})`,
      // Roles that may not invite get no invitation subqueries at all: their statement never reads them.
      invitationCount: canInvite ? db.$count(invitation, pending) : sql<number | null>`null`,
      invitations: canInvite
        ? sql<Json<DashboardInvitation>[]>`(${invitationsJson})`
        : sql<Json<DashboardInvitation>[] | null>`null`,
    })
    .from(organization)
    .where(eq(organization.id, organizationId));
  if (!row) throw new NotFoundError(m.err_organization_gone());

  return {
    organizationName: row.organizationName,
    memberCount: row.memberCount,
    members: row.members,
    projectCount: row.projectCount,
    projects: row.projects.map((project) => ({ ...project, createdAt: new Date(project.createdAt) })),
    invitations:
      canInvite && row.invitations
        ? {
            count: Number(row.invitationCount),
            recent: row.invitations.map((entry) => ({
              email: entry.email,
              role: entry.role ?? 'member',
              expiresAt: new Date(entry.expiresAt),
            })),
          }
        : null,
    plan: planOf(identity),
    canInvite,
    canManageProjects: organizationRoleCan(identity.role, { organization: ['update'] }),
    canManageBilling: organizationRoleCan(identity.role, { billing: ['manage'] }),
  };
}

/** The plan in effect, from the subscription the session statement brought: no query. */
function planOf(identity: OrganizationIdentity): DashboardPlan | null {
  const access = accessOfIdentity(identity);
  if (!access) return null;
  return {
    planId: access.planId,
    name: access.plan.name,
    status: identity.subscription?.status ?? null,
    mode: access.mode,
    limits: {
      projects: access.plan.limits.projects ?? null,
      members: access.plan.limits.members ?? null,
    },
  };
}

const inviter = alias(user, 'inviter');

export async function getPersonalDashboard(userId: string): Promise<PersonalDashboard> {
  const db = getDatabase();
  const now = new Date();
  // Only a confirmed address proves the user owns the mailbox an invitation went to: an invitation's id
  // is the secret of its link, so an unconfirmed address is shown none (acceptance checks it again).
  const forYou = and(
    eq(sql`lower(${invitation.email})`, sql`lower(${user.email})`),
    eq(user.emailVerified, true),
    eq(invitation.status, 'pending'),
    gt(invitation.expiresAt, now),
  );
  const yours = db
    .select({
      id: invitation.id,
      // Both are "name" columns: a derived table needs distinct names.
      organizationName: sql<string>`${organization.name}`.as('organization_name'),
      inviterName: sql<string>`${inviter.name}`.as('inviter_name'),
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      createdAt: invitation.createdAt,
    })
    .from(invitation)
    .innerJoin(organization, eq(organization.id, invitation.organizationId))
    .innerJoin(inviter, eq(inviter.id, invitation.inviterId))
    .where(forYou)
    .orderBy(desc(invitation.createdAt), desc(invitation.id))
    .limit(DASHBOARD_LIST_SIZE.myInvitations)
    .as('your_invitations');
  const yoursJson = db
    .select({
      list: jsonList<InvitationForYou>(
        sql`json_build_object('id', ${yours.id}, 'organizationName', ${yours.organizationName},
          'inviterName', ${yours.inviterName}, 'role', ${yours.role}, 'expiresAt', ${yours.expiresAt})
          order by ${desc(yours.createdAt)}`,
      ),
    })
    .from(yours);

  const [row] = await db
    .select({
      emailVerified: user.emailVerified,
      twoFactorEnabled: user.twoFactorEnabled,
      passkeyCount: db.$count(passkey, eq(passkey.userId, userId)),
      sessionCount: db.$count(session, and(eq(session.userId, userId), gt(session.expiresAt, now))),
      invitationCount: db.$count(invitation, forYou),
      invitations: sql<Json<InvitationForYou>[]>`(${yoursJson})`,
    })
    .from(user)
    .where(eq(user.id, userId));
  if (!row) throw new NotFoundError(m.err_user_gone());
  return {
    emailVerified: row.emailVerified,
    twoFactorEnabled: row.twoFactorEnabled === true,
    passkeyCount: row.passkeyCount,
    sessionCount: row.sessionCount,
    invitationCount: row.invitationCount,
    invitations: row.invitations.map((entry) => ({
      ...entry,
      role: entry.role ?? 'member',
      expiresAt: new Date(entry.expiresAt),
    })),
  };
}
