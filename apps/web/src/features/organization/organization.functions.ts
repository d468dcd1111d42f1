import {
  authAction,
  organizationAction,
  ValidationError,
  validateInput,
  withOrganizationPermission,
} from '@kit/action-middleware';
import { ForbiddenError } from '@kit/better-auth/errors';
import { getAuth } from '@kit/better-auth/server';
import { getDatabase } from '@kit/database';
import { member, organization } from '@kit/database/schema';
import { getRequest } from '@tanstack/react-start/server';
import { and, eq } from 'drizzle-orm';
import {
  createOrganizationSchema,
  renameOrganizationSchema,
  slugify,
  switchAccountSchema,
} from './organization.schemas';

/** Creates an organization owned by the caller and makes it the active account. */
export const createOrganization = authAction
  .validator(validateInput(createOrganizationSchema))
  .handler(async ({ data }) => {
    const slug = data.slug ?? slugify(data.name);
    if (slug.length < 2) {
      throw new ValidationError({ slug: ['Choose a slug of at least 2 letters or digits.'] });
    }
    const db = getDatabase();
    const [taken] = await db
      .select({ id: organization.id })
      .from(organization)
      .where(eq(organization.slug, slug))
      .limit(1);
    if (taken) throw new ValidationError({ slug: ['This slug is taken. Choose another one.'] });
    // better-auth takes the creator from the session cookie, never from the body.
    const created = await getAuth().api.createOrganization({
      headers: getRequest().headers,
      body: { name: data.name, slug },
    });
    if (!created) throw new Error('better-auth created no organization');
    return { id: created.id, name: created.name, slug: created.slug };
  });

/** Switches the session between the personal account (null) and one of the caller's organizations. */
export const switchAccount = authAction
  .validator(validateInput(switchAccountSchema))
  .handler(async ({ data, context }) => {
    if (data.organizationId) {
      const [membership] = await getDatabase()
        .select({ id: member.id })
        .from(member)
        .where(and(eq(member.organizationId, data.organizationId), eq(member.userId, context.user.id)))
        .limit(1);
      if (!membership) throw new ForbiddenError('You are not a member of that organization.');
    }
    await getAuth().api.setActiveOrganization({
      headers: getRequest().headers,
      body: { organizationId: data.organizationId },
    });
    return { activeOrganizationId: data.organizationId };
  });

/** Renames the active organization (owners and admins). */
export const renameOrganization = organizationAction
  .middleware([withOrganizationPermission({ organization: ['update'] })])
  .validator(validateInput(renameOrganizationSchema))
  .handler(async ({ data, context }) => {
    await getDatabase()
      .update(organization)
      .set({ name: data.name })
      .where(eq(organization.id, context.organizationId));
    return { id: context.organizationId, name: data.name };
  });
