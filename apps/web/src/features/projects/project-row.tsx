import { Button } from '@kit/ui/button';
import { ConfirmDialog } from '@kit/ui/confirm-dialog';
import { TableCell, TableRow } from '@kit/ui/table';
import { toast } from '@kit/ui/toast';
import { useMutation } from '@tanstack/react-query';
import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { errorMessage } from '~/lib/errors';
import { formatDate } from '~/lib/i18n/format';
import { m } from '~/paraglide/messages';
import { EditProjectForm } from './edit-project-form';
import { deleteProject } from './projects.functions';
import type { Project } from './projects.service';
import { useRefreshProjects } from './use-refresh-projects';

export function ProjectRow({ project, canManage }: { project: Project; canManage: boolean }) {
  const [editing, setEditing] = useState(false);
  return (
    <TableRow>
      <TableCell className="align-top">
        {editing ? (
          <EditProjectForm project={project} onDone={() => setEditing(false)} />
        ) : (
          <>
            <p className="break-words font-medium">{project.name}</p>
            {project.description ? (
              <p className="whitespace-pre-line break-words text-muted-foreground">{project.description}</p>
            ) : null}
          </>
        )}
      </TableCell>
      <TableCell className="whitespace-nowrap align-top text-muted-foreground">
        {formatDate(project.createdAt)}
      </TableCell>
      {canManage ? (
        <TableCell className="whitespace-nowrap text-right align-top">
          {editing ? null : (
            <span className="inline-flex gap-1">
              <Button
                variant="ghost"
                size="sm"
                onClick={() => setEditing(true)}
                aria-label={m.projects_edit_named({ name: project.name })}
              >
                {m.projects_edit()}
              </Button>
              <DeleteProjectButton project={project} />
            </span>
          )}
        </TableCell>
      ) : null}
    </TableRow>
  );
}

function DeleteProjectButton({ project }: { project: Project }) {
  const refresh = useRefreshProjects();
  const deleteFn = useServerFn(deleteProject);
  const remove = useMutation({
    mutationFn: () => deleteFn({ data: { projectId: project.id } }),
    onSuccess: async () => {
      await refresh();
      toast.success(m.projects_deleted_toast({ name: project.name }));
    },
    onError: (error) => toast.error(errorMessage(error)),
  });
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" aria-label={m.projects_delete_named({ name: project.name })}>
          {m.projects_delete()}
        </Button>
      }
      title={m.confirm_delete_project_title({ name: project.name })}
      description={m.confirm_delete_project_description()}
      confirmLabel={m.projects_delete_confirm({ name: project.name })}
      cancelLabel={m.action_cancel()}
      onConfirm={() => remove.mutateAsync()}
    />
  );
}
