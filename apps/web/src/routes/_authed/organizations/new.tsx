import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader } from '@kit/ui/card';
import { FormError } from '@kit/ui/form-field';
import { createFileRoute } from '@tanstack/react-router';
import {
  OrganizationNameAndSlugFields,
  useCreateOrganization,
} from '~/features/organization/create-organization-form';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/_authed/organizations/new')({
  head: () => ({ meta: [{ title: m.page_title({ page: m.org_new_title() }) }] }),
  component: NewOrganizationPage,
});

function NewOrganizationPage() {
  const { errors, formError, pending, onSubmit } = useCreateOrganization('/dashboard');

  return (
    <Card className="mx-auto max-w-md">
      <CardHeader>
        <h1 className="text-lg font-semibold leading-none tracking-tight">{m.org_new_title()}</h1>
        <CardDescription>{m.org_new_description()}</CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate>
        <CardContent className="space-y-4">
          <FormError message={formError} />
          <OrganizationNameAndSlugFields nameLabel={m.field_name()} errors={errors} />
        </CardContent>
        <CardFooter>
          <Button type="submit" className="w-full" isLoading={pending}>
            {m.org_new_submit()}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
