import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { useQueryClient } from '@tanstack/react-query';
import { useServerFn } from '@tanstack/react-start';
import { useFormSubmit } from '~/lib/use-form-submit';
import { accountContextQuery } from './account.queries';
import { updateOrganizationSettings } from './organization.functions';
import { organizationSettingsQuery } from './organization.queries';
import { updateOrganizationSchema } from './organization.schemas';

interface Props {
  organization: { name: string; slug: string; logo: string | null };
  canEdit: boolean;
}

export function OrganizationSettingsForm({ organization, canEdit }: Props) {
  const queryClient = useQueryClient();
  const updateFn = useServerFn(updateOrganizationSettings);
  const { errors, formError, pending, onSubmit } = useFormSubmit(updateOrganizationSchema, async (data) => {
    await updateFn({ data });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: organizationSettingsQuery().queryKey }),
      queryClient.invalidateQueries({ queryKey: accountContextQuery().queryKey }),
    ]);
    toast.success('Organization saved.');
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>Details</CardTitle>
        <CardDescription>
          {canEdit ? 'The name, link and logo your members see.' : 'Only owners and admins can change these.'}
        </CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate>
        <fieldset disabled={!canEdit} className="contents">
          <CardContent className="space-y-4">
            <FormError message={formError} />
            <FormField
              label="Name"
              name="name"
              defaultValue={organization.name}
              required
              error={errors.name}
            />
            <FormField
              label="Slug"
              name="slug"
              defaultValue={organization.slug}
              description="Lowercase letters, digits and dashes; unique across the app."
              required
              error={errors.slug}
            />
            <FormField
              label="Logo URL"
              name="logo"
              type="url"
              defaultValue={organization.logo ?? ''}
              description="An https:// image address, or empty for none."
              error={errors.logo}
            />
          </CardContent>
          {canEdit ? (
            <CardFooter>
              <Button type="submit" isLoading={pending}>
                Save changes
              </Button>
            </CardFooter>
          ) : null}
        </fieldset>
      </form>
    </Card>
  );
}
