// What the dashboard shows, each summary one json value read in ONE statement: counts as scalar
// subqueries, the short lists as json subqueries, over the organization's (or the user's) row. The
// organization is always the session's active one; nothing here takes an id from the input.
//
// A server render of /dashboard reads its summary in the session's own statement (dashboard-page-data.ts
// puts these queries there); the server functions read it with a statement of their own.
import { accessOfIdentity } from '@kit/auth/entitlements';
import { type Identity, type OrganizationIdentity, pageDataOf } from '@kit/better-auth/context';
import { organizationRoleCan } from '@kit/better-auth/permissions';
import { type Database, getDatabase } from '@kit/database';
import { invitation, member, organization, passkey, session, user } from '@kit/database/schema';
import { NotFoundError } from '@kit/errors';
import { and, desc, eq, exists, gt, type SQLWrapper, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { projects } from '~/features/projects/projects.table';
import { m } from '~/paraglide/messages';
import { DASHBOARD_LIST_SIZE, DASHBOARD_PAGE_DATA } from './dashboard.schemas';

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

/** An id: a value, or a column of the statement around (the session row's, in the session statement). */
type IdRef = string | SQLWrapper;

/** The organization summary's json, as the statement returns it. */
export interface OrganizationSummaryRow {
  organizationId: string;
  organizationName: string;
  memberCount: number;
  members: Json<DashboardMember>[];
  projectCount: number;
  projects: Json<DashboardProject>[];
  invitationCount: number | null;
  invitations: Json<DashboardInvitation>[] | null;
}

/** The personal summary's json, as the statement returns it. */
export interface PersonalSummaryRow {
  emailVerified: boolean;
  twoFactorEnabled: boolean | null;
  passkeyCount: number;
  sessionCount: number;
  invitationCount: number;
  invitations: Json<InvitationForYou>[];
}

/**
 * The summary of `organizationId`, one row only when `userId` is a member of it. Subqueries refer to the
 * organization row itself, so that the query also works nested in the session statement. Without
 * `withInvitations` the statement does not read the invitations at all.
 */
export function organizationSummaryQuery(
  db: Database,
  ids: { organizationId: IdRef; userId: IdRef },
  withInvitations: boolean,
) {
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
    .where(eq(member.organizationId, organization.id))
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
    .where(eq(projects.organizationId, organization.id))
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

  // now(), not a time from here: the session statement is prepared once and runs for days.
  const pending = and(
    eq(invitation.organizationId, organization.id),
    eq(invitation.status, 'pending'),
    gt(invitation.expiresAt, sql`now()`),
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

  const isMember = exists(
    db
      .select({ one: sql`1` })
      .from(member)
      .where(and(eq(member.organizationId, organization.id), eq(member.userId, ids.userId))),
  );
  return db
    .select({
      summary: sql<OrganizationSummaryRow>`json_build_object(
        'organizationId', ${organization.id},
        'organizationName', ${organization.name},
        'memberCount', ${db.$count(member, eq(member.organizationId, organization.id))},
        'members', (${membersJson}),
        'projectCount', ${db.$count(projects, eq(projects.organizationId, organization.id))},
        'projects', (${projectsJson}),
        'invitationCount', ${withInvitations ? db.$count(invitation, pending) : sql`null`},
        'invitations', ${withInvitations ? sql`(${invitationsJson})` : sql`null`})`,
    })
    .from(organization)
    .where(and(eq(organization.id, ids.organizationId), isMember));
}

const inviter = alias(user, 'inviter');

/** The personal summary of `userId`. Subqueries refer to the user row itself (see above). */
export function personalSummaryQuery(db: Database, ids: { userId: IdRef }) {
  // Only a confirmed address proves the user owns the mailbox an invitation went to: an invitation's id
  // is the secret of its link, so an unconfirmed address is shown none (acceptance checks it again).
  const forYou = and(
    eq(sql`lower(${invitation.email})`, sql`lower(${user.email})`),
    eq(user.emailVerified, true),
    eq(invitation.status, 'pending'),
    gt(invitation.expiresAt, sql`now()`),
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

  return db
    .select({
      summary: sql<PersonalSummaryRow>`json_build_object(
        'emailVerified', ${user.emailVerified},
        'twoFactorEnabled', ${user.twoFactorEnabled},
        'passkeyCount', ${db.$count(passkey, eq(passkey.userId, user.id))},
        'sessionCount', ${db.$count(session, and(eq(session.userId, user.id), gt(session.expiresAt, sql`now()`)))},
        'invitationCount', ${db.$count(invitation, forYou)},
        'invitations', (${yoursJson}))`,
    })
    .from(user)
    .where(eq(user.id, ids.userId));
}

/** What a server render of /dashboard got in the session statement (dashboard-page-data.ts). */
export interface DashboardPageRow {
  /** The active organization's summary (null: none active, or the user is no longer its member). */
  organization: OrganizationSummaryRow | null;
  /** The personal summary, with no organization active (else null). */
  personal: PersonalSummaryRow | null;
}

const fromSessionStatement = (identity: Identity) =>
  pageDataOf(identity, DASHBOARD_PAGE_DATA) as DashboardPageRow | null | undefined;

export async function getOrganizationDashboard(
  identity: OrganizationIdentity,
): Promise<OrganizationDashboard> {
  const organizationId = identity.activeOrganizationId;
  const canInvite = organizationRoleCan(identity.role, { invitation: ['create'] });
  let row = fromSessionStatement(identity)?.organization;
  if (row?.organizationId !== organizationId) {
    // Roles that may not invite get no invitation subqueries at all: their statement never reads them.
    const [read] = await organizationSummaryQuery(
      getDatabase(),
      { organizationId, userId: identity.user.id },
      canInvite,
    );
    row = read?.summary;
  }
  if (!row) throw new NotFoundError(m.err_organization_gone());

  return {
    organizationName: row.organizationName,
    memberCount: row.memberCount,
    members: row.members,
    projectCount: row.projectCount,
    projects: row.projects.map((project) => ({ ...project, createdAt: new Date(project.createdAt) })),
    // The session statement reads them for every role (it is built before the role is known): they are
    // dropped here for roles that may not invite, and never leave the server.
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

export async function getPersonalDashboard(identity: Identity): Promise<PersonalDashboard> {
  let row = identity.activeOrganizationId === null ? fromSessionStatement(identity)?.personal : null;
  if (!row) {
    const [read] = await personalSummaryQuery(getDatabase(), { userId: identity.user.id });
    row = read?.summary;
  }
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
