import { getDatabase } from '@kit/database';
import { invitation, member, organization, organizationBilling, user } from '@kit/database/schema';
import { NotFoundError } from '@kit/errors';
import { and, asc, count, desc, eq, ilike, or } from 'drizzle-orm';
import { m } from '~/paraglide/messages';
import { ADMIN_PAGE_SIZE, type ListOrganizationsInput } from './admin.schemas';
import { containsPattern } from './users.service';

/** What the admin panel shows of an organization's billing: the stored subscription, as Stripe last said. */
const billingColumns = {
  planId: organizationBilling.planId,
  status: organizationBilling.status,
  pastDueSince: organizationBilling.pastDueSince,
};

/**
 * A page of organizations with their member counts and plans, in two queries whatever the page size.
 * The id breaks ties, so equal names or counts keep one order from page to page.
 */
export async function listOrganizations(input: ListOrganizationsInput) {
  const db = getDatabase();
  const direction = input.order === 'asc' ? asc : desc;
  const members = count(member.id);
  const sortColumn = { created: organization.createdAt, name: organization.name, members }[input.sort];
  const pattern = input.search ? containsPattern(input.search) : undefined;
  const where = pattern
    ? or(ilike(organization.name, pattern), ilike(organization.slug, pattern))
    : undefined;
  const [rows, totals] = await Promise.all([
    db
      .select({
        id: organization.id,
        name: organization.name,
        slug: organization.slug,
        createdAt: organization.createdAt,
        members,
        ...billingColumns,
      })
      .from(organization)
      .leftJoin(member, eq(member.organizationId, organization.id))
      .leftJoin(organizationBilling, eq(organizationBilling.organizationId, organization.id))
      .where(where)
      .groupBy(
        organization.id,
        organizationBilling.planId,
        organizationBilling.status,
        organizationBilling.pastDueSince,
      )
      .orderBy(direction(sortColumn), direction(organization.id))
      .limit(ADMIN_PAGE_SIZE)
      .offset((input.page - 1) * ADMIN_PAGE_SIZE),
    db.select({ total: count() }).from(organization).where(where),
  ]);
  return { organizations: rows, total: totals[0]?.total ?? 0, page: input.page, pageSize: ADMIN_PAGE_SIZE };
}

export async function getOrganizationDetail(organizationId: string) {
  const db = getDatabase();
  const [org] = await db
    .select({
      id: organization.id,
      name: organization.name,
      slug: organization.slug,
      createdAt: organization.createdAt,
      ...billingColumns,
    })
    .from(organization)
    .leftJoin(organizationBilling, eq(organizationBilling.organizationId, organization.id))
    .where(eq(organization.id, organizationId));
  if (!org) throw new NotFoundError(m.err_organization_not_found());
  const [members, invitations] = await Promise.all([
    db
      .select({
        id: member.id,
        userId: user.id,
        name: user.name,
        email: user.email,
        role: member.role,
        joinedAt: member.createdAt,
      })
      .from(member)
      .innerJoin(user, eq(user.id, member.userId))
      .where(eq(member.organizationId, organizationId))
      .orderBy(asc(member.createdAt)),
    db
      .select({
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expiresAt,
      })
      .from(invitation)
      .where(and(eq(invitation.organizationId, organizationId), eq(invitation.status, 'pending')))
      .orderBy(desc(invitation.createdAt)),
  ]);
  return {
    organization: { id: org.id, name: org.name, slug: org.slug, createdAt: org.createdAt },
    billing: { planId: org.planId, status: org.status, pastDueSince: org.pastDueSince },
    members,
    invitations,
  };
}
