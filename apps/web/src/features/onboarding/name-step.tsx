import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { Card, CardContent, CardFooter } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { useIdentityChanged } from '~/lib/auth/identity-changes';
import { callAuth } from '~/lib/auth-call';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';
import { onboardingNameSchema } from './onboarding.schemas';
import { OnboardingProgress } from './onboarding-progress';
import { StepHeading } from './step-heading';

/** Step 1: the name teammates will see (prefilled with what sign-up or the provider gave). */
export function NameStep({ name }: { name: string }) {
  const identityChanged = useIdentityChanged();
  const { errors, formError, pending, onSubmit } = useFormSubmit(onboardingNameSchema, async (data) => {
    await callAuth((fetchOptions) => authClient.updateUser({ name: data.name, fetchOptions }));
    await identityChanged('/onboarding/organization');
  });
  return (
    <>
      <OnboardingProgress current="name" />
      <Card>
        <StepHeading title={m.onboarding_name_title()}>{m.onboarding_name_description()}</StepHeading>
        <form onSubmit={onSubmit} noValidate>
          <CardContent className="space-y-4">
            <FormError message={formError} />
            <FormField
              label={m.field_name()}
              name="name"
              defaultValue={name}
              autoComplete="name"
              required
              error={errors.name}
            />
          </CardContent>
          <CardFooter>
            <Button type="submit" className="w-full" isLoading={pending}>
              {m.onboarding_continue()}
            </Button>
          </CardFooter>
        </form>
      </Card>
    </>
  );
}
