import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { createFileRoute } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { createOrganization } from '~/features/organization/organizations.functions';
import { createOrganizationSchema, slugify } from '~/features/organization/organizations.schemas';
import { useIdentityChanged } from '~/lib/auth/identity-changes';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/_authed/organizations/new')({
  head: () => ({ meta: [{ title: 'Create an organization — Kit' }] }),
  component: NewOrganizationPage,
});

function NewOrganizationPage() {
  const identityChanged = useIdentityChanged();
  const createOrganizationFn = useServerFn(createOrganization);
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const { errors, formError, pending, onSubmit } = useFormSubmit(createOrganizationSchema, async (data) => {
    await createOrganizationFn({ data });
    toast.success(m.org_created({ name: data.name }));
    await identityChanged('/dashboard');
  });

  return (
    <Card className="mx-auto max-w-md">
      <CardHeader>
        <h1 className="text-lg font-semibold leading-none tracking-tight">{m.org_new_title()}</h1>
        <CardDescription>{m.org_new_description()}</CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate>
        <CardContent className="space-y-4">
          <FormError message={formError} />
          <FormField
            label={m.field_name()}
            name="name"
            required
            value={name}
            onChange={(event) => {
              setName(event.target.value);
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
        <CardFooter>
          <Button type="submit" className="w-full" isLoading={pending}>
            {m.org_new_submit()}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
