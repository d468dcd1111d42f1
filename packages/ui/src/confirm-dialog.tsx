import * as AlertDialogPrimitive from '@radix-ui/react-alert-dialog';
import { type ReactElement, type ReactNode, useState } from 'react';
import { Button } from './button';

export interface ConfirmDialogProps {
  /** The button that opens the dialog (rendered as is; focus returns to it when the dialog closes). */
  trigger: ReactElement;
  title: string;
  description?: ReactNode;
  /** Names the action ("Delete Acme"), never a bare "OK". */
  confirmLabel: string;
  cancelLabel: string;
  /**
   * Runs on confirm. A returned promise keeps the dialog open with a spinner until it settles: it closes
   * when the promise resolves and stays open (the caller shows the error) when it rejects.
   */
  onConfirm: () => unknown;
  /** `destructive` (default) colours the confirm button as a deletion. */
  variant?: 'destructive' | 'default';
  /** Disables the confirm button (a required choice in `children` is missing). */
  confirmDisabled?: boolean;
  /** Extra content between the description and the buttons (a checkbox, a list of consequences). */
  children?: ReactNode;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * "Are you sure?" before a destructive action (Radix alert dialog): focus moves to Cancel, Escape and
 * Cancel close it without acting, and focus goes back to the trigger.
 */
export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel,
  cancelLabel,
  onConfirm,
  variant = 'destructive',
  confirmDisabled,
  children,
}: ConfirmDialogProps) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  async function confirm() {
    const result = onConfirm();
    if (!isPromiseLike(result)) {
      setOpen(false);
      return;
    }
    setPending(true);
    try {
      await result;
      setOpen(false);
    } catch {
      // The caller reports the failure; the dialog stays so the person can retry or cancel.
    } finally {
      setPending(false);
    }
  }
  return (
    <AlertDialogPrimitive.Root open={open} onOpenChange={(next) => (pending ? undefined : setOpen(next))}>
      <AlertDialogPrimitive.Trigger asChild>{trigger}</AlertDialogPrimitive.Trigger>
      <AlertDialogPrimitive.Portal>
        <AlertDialogPrimitive.Overlay className="fixed inset-0 z-50 bg-black/50" />
        <AlertDialogPrimitive.Content
          className="fixed top-1/2 left-1/2 z-50 grid w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 gap-4 rounded-lg border border-border bg-background p-6 text-foreground shadow-lg outline-none"
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <AlertDialogPrimitive.Title className="text-lg font-semibold">{title}</AlertDialogPrimitive.Title>
          {description ? (
            <AlertDialogPrimitive.Description className="text-sm text-muted-foreground">
              {description}
            </AlertDialogPrimitive.Description>
          ) : null}
          {children}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <AlertDialogPrimitive.Cancel asChild>
              <Button variant="outline" disabled={pending}>
                {cancelLabel}
              </Button>
            </AlertDialogPrimitive.Cancel>
            <Button
              variant={variant}
              isLoading={pending}
              disabled={confirmDisabled}
              onClick={() => void confirm()}
            >
              {confirmLabel}
            </Button>
          </div>
        </AlertDialogPrimitive.Content>
      </AlertDialogPrimitive.Portal>
    </AlertDialogPrimitive.Root>
  );
}
