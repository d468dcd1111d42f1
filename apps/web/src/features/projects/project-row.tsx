import { Button } from '@kit/ui/button';
import { TableCell, TableRow } from '@kit/ui/table';
import { toast } from '@kit/ui/toast';
import { useMutation } from '@tanstack/react-query';
import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { errorMessage } from '~/lib/errors';
import { formatDate } from '~/lib/i18n/format';
import { m } from '~/paraglide/messages';
import { deleteProject } from './projects.functions';
import type { Project } from './projects.service';
import { RenameProjectForm } from './rename-project-form';
import { useRefreshProjects } from './use-refresh-projects';

export function ProjectRow({ project, canManage }: { project: Project; canManage: boolean }) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  return (
    <TableRow>
      <TableCell className="align-top">
        {mode === 'rename' ? (
          <RenameProjectForm project={project} onDone={() => setMode('view')} />
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
          {mode === 'view' ? (
            <span className="inline-flex gap-1">
              <Button
                variant="ghost"
                size="sm"
                onClick={() => setMode('rename')}
                aria-label={m.projects_rename_named({ name: project.name })}
              >
                {m.projects_rename()}
              </Button>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => setMode('confirm-delete')}
                aria-label={m.projects_delete_named({ name: project.name })}
              >
                {m.projects_delete()}
              </Button>
            </span>
          ) : null}
          {mode === 'confirm-delete' ? (
            <ConfirmDelete project={project} onCancel={() => setMode('view')} />
          ) : null}
        </TableCell>
      ) : null}
    </TableRow>
  );
}

function ConfirmDelete({ project, onCancel }: { project: Project; onCancel: () => void }) {
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
    <span className="inline-flex gap-1">
      <Button variant="destructive" size="sm" isLoading={remove.isPending} onClick={() => remove.mutate()}>
        {m.projects_delete_confirm({ name: project.name })}
      </Button>
      <Button variant="ghost" size="sm" onClick={onCancel}>
        {m.action_cancel()}
      </Button>
    </span>
  );
}
