import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { useQueryClient } from '@tanstack/react-query';
import { useServerFn } from '@tanstack/react-start';
import { useRefreshIdentity } from '~/lib/auth/identity-changes';
import { useOrganizationScope } from '~/lib/query/use-organization-scope';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';
import { updateOrganizationSettings } from './organizations.functions';
import { organizationSettingsQuery } from './organizations.queries';
import { updateOrganizationSchema } from './organizations.schemas';

interface Props {
  organization: { name: string; slug: string; logo: string | null };
  canEdit: boolean;
}

export function OrganizationSettingsForm({ organization, canEdit }: Props) {
  const queryClient = useQueryClient();
  const scope = useOrganizationScope();
  const refreshIdentity = useRefreshIdentity();
  const updateFn = useServerFn(updateOrganizationSettings);
  const { errors, formError, pending, onSubmit } = useFormSubmit(updateOrganizationSchema, async (data) => {
    await updateFn({ data });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: organizationSettingsQuery(scope).queryKey }),
      // The organization's name is in the identity (the switcher, the sidebar).
      refreshIdentity(),
    ]);
    toast.success(m.org_saved());
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>{m.org_details_title()}</CardTitle>
        <CardDescription>{canEdit ? m.org_details_can_edit() : m.org_details_read_only()}</CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate>
        <fieldset disabled={!canEdit} className="contents">
          <CardContent className="space-y-4">
            <FormError message={formError} />
            <FormField
              label={m.field_name()}
              name="name"
              defaultValue={organization.name}
              required
              error={errors.name}
            />
            <FormField
              label={m.field_slug()}
              name="slug"
              defaultValue={organization.slug}
              description={m.org_slug_unique_hint()}
              required
              error={errors.slug}
            />
            <FormField
              label={m.field_logo_url()}
              name="logo"
              type="url"
              defaultValue={organization.logo ?? ''}
              description={m.image_url_hint()}
              error={errors.logo}
            />
          </CardContent>
          {canEdit ? (
            <CardFooter>
              <Button type="submit" isLoading={pending}>
                {m.action_save_changes()}
              </Button>
            </CardFooter>
          ) : null}
        </fieldset>
      </form>
    </Card>
  );
}
