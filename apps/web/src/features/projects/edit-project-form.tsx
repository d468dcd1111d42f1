import { Button } from '@kit/ui/button';
import { FormError, FormField, FormTextareaField } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { useServerFn } from '@tanstack/react-start';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';
import { updateProject } from './projects.functions';
import { PROJECT_DESCRIPTION_MAX, PROJECT_NAME_MAX, updateProjectSchema } from './projects.schemas';
import type { Project } from './projects.service';
import { useRefreshProjects } from './use-refresh-projects';

/** Edits a project's name and its multi-line description in place of its row. */
export function EditProjectForm({ project, onDone }: { project: Project; onDone: () => void }) {
  const refresh = useRefreshProjects();
  const updateFn = useServerFn(updateProject);
  const { errors, formError, pending, onSubmit } = useFormSubmit(updateProjectSchema, async (data) => {
    const updated = await updateFn({ data });
    await refresh();
    toast.success(m.projects_updated_toast({ name: updated.name }));
    onDone();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormError message={formError} />
      <input type="hidden" name="projectId" value={project.id} />
      <FormField
        label={m.field_name()}
        name="name"
        defaultValue={project.name}
        required
        maxLength={PROJECT_NAME_MAX}
        autoFocus
        error={errors.name}
      />
      <FormTextareaField
        label={m.projects_field_description()}
        name="description"
        defaultValue={project.description ?? ''}
        maxLength={PROJECT_DESCRIPTION_MAX}
        error={errors.description}
      />
      <span className="inline-flex gap-1">
        <Button type="submit" size="sm" isLoading={pending}>
          {m.action_save_changes()}
        </Button>
        <Button type="button" variant="ghost" size="sm" onClick={onDone}>
          {m.action_cancel()}
        </Button>
      </span>
    </form>
  );
}
