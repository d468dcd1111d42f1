import {
  authAction,
  notWhileImpersonating,
  organizationAction,
  organizationQuery,
  ValidationError,
  validateInput,
  withOrganizationPermission,
} from '@kit/action-middleware';
import { requireFreshSession, toClientIdentity } from '@kit/better-auth/context';
import type { ClientIdentity } from '@kit/better-auth/identity';
import { getAuth } from '@kit/better-auth/server';
import { isBillingEnabled } from '@kit/billing/configuration';
import { ForbiddenError } from '@kit/errors';
import { getRequest } from '@tanstack/react-start/server';
import { isAPIError } from 'better-auth/api';
import { m } from '~/paraglide/messages';
import { setSessionActiveOrganization } from './accounts.service';
import {
  createOrganizationSchema,
  deleteOrganizationSchema,
  slugify,
  switchAccountSchema,
  updateOrganizationSchema,
} from './organizations.schemas';
import {
  assertSlugAvailable,
  deleteOrganization,
  getOrganization,
  updateOrganization,
} from './organizations.service';

/**
 * The slug for a name: its Latin letters and digits, or, for a name written without them ("株式会社テスト",
 * "!!!"), a random one the owner can change in the settings.
 */
function slugFromName(name: string): string {
  const slug = slugify(name);
  return slug.length >= 2 ? slug : `org-${crypto.randomUUID().slice(0, 8)}`;
}

/** Creates an organization owned by the caller and makes it the active account. */
export const createOrganization = authAction
  .validator(validateInput(createOrganizationSchema))
  .handler(async ({ data }) => {
    const slug = data.slug ?? slugFromName(data.name);
    await assertSlugAvailable(slug);
    // better-auth takes the creator from the session cookie, never from the body.
    const created = await getAuth()
      .api.createOrganization({ headers: getRequest().headers, body: { name: data.name, slug } })
      .catch((error: unknown) => {
        // Another request took the slug since the check above.
        if (isAPIError(error) && error.statusCode === 400) {
          throw new ValidationError({ slug: [m.err_slug_taken()] });
        }
        throw error;
      });
    if (!created) throw new Error('better-auth created no organization');
    return { id: created.id, name: created.name, slug: created.slug };
  });

/**
 * Switches the session between the personal account (null) and one of the caller's organizations, and
 * answers with the new identity so that the client needs no second request.
 */
export const switchAccount = authAction
  .validator(validateInput(switchAccountSchema))
  .handler(async ({ data, context }): Promise<ClientIdentity> => {
    // The caller's organizations came with the session, in the request's one session statement.
    const active = context.organizations.find((org) => org.id === data.organizationId);
    if (data.organizationId && !active) throw new ForbiddenError(m.err_not_member_of_that());
    await setSessionActiveOrganization(context.session.id, data.organizationId);
    return {
      ...toClientIdentity(context, { billingEnabled: isBillingEnabled() }),
      activeOrganizationId: active?.id ?? null,
      role: active?.role ?? null,
      subscription: active?.subscription ?? null,
    };
  });

/** The active organization's settings, with the caller's role for the UI. */
export const fetchOrganizationSettings = organizationQuery.handler(async ({ context }) => ({
  organization: await getOrganization(context.activeOrganizationId),
  role: context.role,
}));

/** Renames the active organization, changes its slug or logo (owners and admins). */
export const updateOrganizationSettings = organizationAction
  .middleware([withOrganizationPermission({ organization: ['update'] })])
  .validator(validateInput(updateOrganizationSchema))
  .handler(({ data, context }) => updateOrganization(context, data));

/** Deletes the active organization (owners, in person; a fresh session; the name typed to confirm). */
export const deleteOrganizationPermanently = organizationAction
  .middleware([withOrganizationPermission({ organization: ['delete'] }), notWhileImpersonating])
  .validator(validateInput(deleteOrganizationSchema))
  .handler(async ({ data, context }) => {
    await requireFreshSession();
    return deleteOrganization(context, data.confirmName);
  });
