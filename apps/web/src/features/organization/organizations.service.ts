import type { OrganizationIdentity } from '@kit/better-auth/context';
import { getDatabase } from '@kit/database';
import { organization, session } from '@kit/database/schema';
import { ForbiddenError, NotFoundError, ValidationError } from '@kit/errors';
import { and, eq, ne } from 'drizzle-orm';
import { activityActorOf, recordActivity } from '~/features/activity/record-activity';
import { endBillingBeforeDeletion } from '~/features/billing/deletion.service';
import { m } from '~/paraglide/messages';

export async function getOrganization(organizationId: string) {
  const [row] = await getDatabase()
    .select({
      id: organization.id,
      name: organization.name,
      slug: organization.slug,
      logo: organization.logo,
    })
    .from(organization)
    .where(eq(organization.id, organizationId));
  if (!row) throw new NotFoundError(m.err_organization_gone());
  return row;
}

/** A 400 on the slug field when another organization uses it. */
export async function assertSlugAvailable(slug: string, exceptOrganizationId?: string) {
  const [taken] = await getDatabase()
    .select({ id: organization.id })
    .from(organization)
    .where(
      exceptOrganizationId
        ? and(eq(organization.slug, slug), ne(organization.id, exceptOrganizationId))
        : eq(organization.slug, slug),
    )
    .limit(1);
  if (taken) throw new ValidationError({ slug: [m.err_slug_taken()] });
}

function isUniqueViolation(error: unknown): boolean {
  const cause = error instanceof Error && 'cause' in error ? error.cause : error;
  return typeof cause === 'object' && cause !== null && 'code' in cause && cause.code === '23505';
}

export async function updateOrganization(
  actor: OrganizationIdentity,
  input: { name: string; slug: string; logo: string },
) {
  await assertSlugAvailable(input.slug, actor.activeOrganizationId);
  const next = { name: input.name, slug: input.slug, logo: input.logo || null };
  try {
    await getDatabase().transaction(async (tx) => {
      const [before] = await tx
        .select({ name: organization.name, slug: organization.slug, logo: organization.logo })
        .from(organization)
        .where(eq(organization.id, actor.activeOrganizationId))
        .for('update');
      await tx.update(organization).set(next).where(eq(organization.id, actor.activeOrganizationId));
      const changed = (['name', 'slug', 'logo'] as const).filter(
        (key) => before && before[key] !== next[key],
      );
      if (changed.length === 0) return;
      await recordActivity(tx, activityActorOf(actor), {
        action: 'organization.update',
        targetType: 'organization',
        targetId: actor.activeOrganizationId,
        metadata: { changed, name: next.name, slug: next.slug },
      });
    });
  } catch (error) {
    // Another request took the slug between the check and the update.
    if (isUniqueViolation(error)) throw new ValidationError({ slug: [m.err_slug_taken()] });
    throw error;
  }
  return getOrganization(actor.activeOrganizationId);
}

/**
 * Deletes the organization with its members, invitations and billing; the owner confirms by typing its
 * name. A live subscription is cancelled in Stripe at once, in the deleting transaction: when Stripe
 * refuses or is unreachable the answer is a 502/503 and nothing is deleted.
 */
export async function deleteOrganization(actor: OrganizationIdentity, confirmName: string) {
  const current = await getOrganization(actor.activeOrganizationId);
  if (confirmName.trim() !== current.name) {
    throw new ValidationError({ confirmName: [m.org_delete_type_exactly({ name: current.name })] });
  }
  if (actor.role !== 'owner') throw new ForbiddenError(m.err_delete_only_owner());
  await getDatabase().transaction(async (tx) => {
    // A live subscription is cancelled in Stripe first; if Stripe refuses, nothing is deleted.
    await endBillingBeforeDeletion(tx, actor.activeOrganizationId);
    await tx
      .update(session)
      .set({ activeOrganizationId: null })
      .where(eq(session.activeOrganizationId, actor.activeOrganizationId));
    await tx.delete(organization).where(eq(organization.id, actor.activeOrganizationId));
  });
  return { id: actor.activeOrganizationId };
}
