import { Button } from '@kit/ui/button';
import { Card, CardContent, CardFooter } from '@kit/ui/card';
import { FormError } from '@kit/ui/form-field';
import {
  OrganizationNameAndSlugFields,
  useCreateOrganization,
} from '~/features/organization/create-organization-form';
import { m } from '~/paraglide/messages';
import { OnboardingProgress } from './onboarding-progress';
import { StepHeading } from './step-heading';
import { useFinishOnboarding } from './use-finish-onboarding';

/** Step 2: create an organization (it becomes the active account), or stay on the personal account. */
export function OrganizationStep() {
  const personal = useFinishOnboarding();
  const { errors, formError, pending, onSubmit } = useCreateOrganization('/onboarding/invite');
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
            <OrganizationNameAndSlugFields nameLabel={m.onboarding_organization_name()} errors={errors} />
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
