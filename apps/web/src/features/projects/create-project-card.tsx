import { Button } from '@kit/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError, FormField, FormTextareaField } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { useServerFn } from '@tanstack/react-start';
import { UpgradeLink } from '~/features/billing/upgrade-link';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';
import { ProjectLimitHint } from './project-limit-hint';
import { createProject } from './projects.functions';
import { createProjectSchema, PROJECT_DESCRIPTION_MAX, PROJECT_NAME_MAX } from './projects.schemas';
import { useRefreshProjects } from './use-refresh-projects';

/** The create form; `projectCount` for the plan's limit hint. */
export function CreateProjectCard({ projectCount }: { projectCount: number }) {
  const refresh = useRefreshProjects();
  const createFn = useServerFn(createProject);
  const { errors, formError, upgradeUrl, pending, onSubmit } = useFormSubmit(
    createProjectSchema,
    async (data, form) => {
      const created = await createFn({ data });
      await refresh();
      form.reset();
      toast.success(m.projects_created_toast({ name: created.name }));
    },
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>{m.projects_new_title()}</CardTitle>
        <ProjectLimitHint used={projectCount} />
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <FormError message={formError} action={upgradeUrl ? <UpgradeLink to={upgradeUrl} /> : null} />
          <FormField
            label={m.field_name()}
            name="name"
            required
            maxLength={PROJECT_NAME_MAX}
            error={errors.name}
          />
          <FormTextareaField
            label={m.projects_field_description()}
            name="description"
            description={m.projects_description_hint()}
            maxLength={PROJECT_DESCRIPTION_MAX}
            error={errors.description}
          />
          <Button type="submit" isLoading={pending}>
            {m.projects_create()}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
