import { Button } from '@kit/ui/button';
import { Card, CardContent, CardFooter } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { createOrganization } from '~/features/organization/organizations.functions';
import { createOrganizationSchema, slugify } from '~/features/organization/organizations.schemas';
import { useIdentityChanged } from '~/lib/auth/identity-changes';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';
import { OnboardingProgress } from './onboarding-progress';
import { StepHeading } from './step-heading';
import { useFinishOnboarding } from './use-finish-onboarding';

/** Step 2: create an organization (it becomes the active account), or stay on the personal account. */
export function OrganizationStep() {
  const identityChanged = useIdentityChanged();
  const createOrganizationFn = useServerFn(createOrganization);
  const personal = useFinishOnboarding();
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const { errors, formError, pending, onSubmit } = useFormSubmit(createOrganizationSchema, async (data) => {
    await createOrganizationFn({ data });
    toast.success(m.org_created({ name: data.name }));
    await identityChanged('/onboarding/invite');
  });
  return (
    <>
      <OnboardingProgress current="organization" />
      <Card>
        <StepHeading title={m.onboarding_organization_title()}>
          {m.onboarding_organization_description()}
        </StepHeading>
        <form onSubmit={onSubmit} noValidate>
          <CardContent className="space-y-4">
            <FormError message={formError ?? personal.error} />
            <FormField
              label={m.onboarding_organization_name()}
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
          </CardContent>
          <CardFooter className="flex flex-col gap-3">
            <Button type="submit" className="w-full" isLoading={pending} disabled={personal.pending}>
              {m.org_new_submit()}
            </Button>
            <Button
              type="button"
              variant="outline"
              className="w-full"
              isLoading={personal.pending}
              disabled={pending}
              onClick={() => personal.finish('organization')}
            >
              {m.onboarding_continue_personal()}
            </Button>
          </CardFooter>
        </form>
      </Card>
    </>
  );
}
