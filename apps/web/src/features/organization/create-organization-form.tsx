import { FormField } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { useIdentityChanged } from '~/lib/auth/identity-changes';
import type { FieldErrors } from '~/lib/forms';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';
import { createOrganization } from './organizations.functions';
import { createOrganizationSchema, slugify } from './organizations.schemas';

/**
 * Creating an organization (it becomes the active account), then going to `next` with the identity read
 * anew. Used by /organizations/new and the onboarding's organization step.
 */
export function useCreateOrganization(next: string) {
  const identityChanged = useIdentityChanged();
  const createOrganizationFn = useServerFn(createOrganization);
  return useFormSubmit(createOrganizationSchema, async (data) => {
    await createOrganizationFn({ data });
    toast.success(m.org_created({ name: data.name }));
    await identityChanged(next);
  });
}

/** The name and slug fields: the slug follows the name until the person edits it. */
export function OrganizationNameAndSlugFields({
  nameLabel,
  errors,
}: {
  nameLabel: string;
  errors: FieldErrors;
}) {
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  return (
    <>
      <FormField
        label={nameLabel}
        name="name"
        required
        onChange={(event) => {
          if (!slugEdited) setSlug(slugify(event.target.value));
        }}
        error={errors.name}
      />
      <FormField
        label={m.field_slug()}
        name="slug"
        description={m.org_slug_hint()}
        value={slug}
        onChange={(event) => {
          setSlugEdited(true);
          setSlug(event.target.value);
        }}
        error={errors.slug}
      />
    </>
  );
}
