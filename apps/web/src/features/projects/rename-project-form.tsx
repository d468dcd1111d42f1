import { Button } from '@kit/ui/button';
import { FormError, FormField } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { useServerFn } from '@tanstack/react-start';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';
import { renameProject } from './projects.functions';
import { PROJECT_NAME_MAX, renameProjectSchema } from './projects.schemas';
import type { Project } from './projects.service';
import { useRefreshProjects } from './use-refresh-projects';

export function RenameProjectForm({ project, onDone }: { project: Project; onDone: () => void }) {
  const refresh = useRefreshProjects();
  const renameFn = useServerFn(renameProject);
  const { errors, formError, pending, onSubmit } = useFormSubmit(renameProjectSchema, async (data) => {
    const renamed = await renameFn({ data });
    await refresh();
    toast.success(m.projects_renamed_toast({ name: renamed.name }));
    onDone();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormError message={formError} />
      <input type="hidden" name="projectId" value={project.id} />
      <FormField
        label={m.projects_new_name()}
        name="name"
        defaultValue={project.name}
        required
        maxLength={PROJECT_NAME_MAX}
        autoFocus
        error={errors.name}
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
