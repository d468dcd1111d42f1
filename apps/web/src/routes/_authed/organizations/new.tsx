import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { useQueryClient } from '@tanstack/react-query';
import { createFileRoute, useRouter } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { createOrganization } from '~/features/organization/organization.functions';
import { createOrganizationSchema, slugify } from '~/features/organization/organization.schemas';
import { useFormSubmit } from '~/lib/use-form-submit';

export const Route = createFileRoute('/_authed/organizations/new')({
  head: () => ({ meta: [{ title: 'Create an organization — Kit' }] }),
  component: NewOrganizationPage,
});

function NewOrganizationPage() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const createOrganizationFn = useServerFn(createOrganization);
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const { errors, formError, pending, onSubmit } = useFormSubmit(createOrganizationSchema, async (data) => {
    await createOrganizationFn({ data });
    toast.success(`${data.name} was created. You are its owner.`);
    await queryClient.invalidateQueries();
    await router.invalidate();
    await router.navigate({ to: '/dashboard' });
  });

  return (
    <Card className="mx-auto max-w-md">
      <CardHeader>
        <CardTitle>Create an organization</CardTitle>
        <CardDescription>Organizations let you work with your team. You will be its owner.</CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate>
        <CardContent className="space-y-4">
          <FormError message={formError} />
          <FormField
            label="Name"
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
            label="Slug"
            name="slug"
            description="Lowercase letters, digits and dashes; used in links."
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
            Create organization
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
