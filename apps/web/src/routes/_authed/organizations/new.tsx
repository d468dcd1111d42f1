import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { useQueryClient } from '@tanstack/react-query';
import { createFileRoute, useRouter } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { type FormEvent, useState } from 'react';
import { createOrganization } from '~/features/organization/organization.functions';
import { createOrganizationSchema, slugify } from '~/features/organization/organization.schemas';
import { errorMessage, fieldErrorsOf } from '~/lib/errors';
import { type FieldErrors, parseForm } from '~/lib/forms';

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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = parseForm(createOrganizationSchema, event.currentTarget);
    setErrors(parsed.errors ?? {});
    if (!parsed.data) return;
    setPending(true);
    try {
      await createOrganizationFn({ data: parsed.data });
      await queryClient.invalidateQueries();
      await router.invalidate();
      await router.navigate({ to: '/dashboard' });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFormError(errorMessage(error));
      setPending(false);
    }
  }

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
