import { type ComponentProps, type ReactNode, useId } from 'react';
import { cn } from './cn';
import { Input } from './input';
import { Label } from './label';
import { Textarea } from './textarea';

interface FieldText {
  label: string;
  name: string;
  /** One message or several; shown under the control and announced by screen readers. */
  error?: string | string[];
  description?: string;
}

export interface FormFieldProps extends FieldText, Omit<ComponentProps<'input'>, 'name'> {}
export interface FormTextareaFieldProps extends FieldText, Omit<ComponentProps<'textarea'>, 'name'> {}

interface ControlProps {
  id: string;
  name: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** The label, description and error around one control, wired up for assistive technology. */
function Field({
  label,
  name,
  error,
  description,
  id,
  className,
  describedBy: extraDescribedBy,
  control,
}: FieldText & {
  id?: string;
  className?: string;
  describedBy?: string;
  control: (props: ControlProps) => ReactNode;
}) {
  const generatedId = useId();
  const controlId = id ?? `${name}-${generatedId}`;
  const errorId = `${controlId}-error`;
  const descriptionId = `${controlId}-description`;
  const messages = [...new Set(typeof error === 'string' ? [error] : (error ?? []))].filter(Boolean);
  const hasError = messages.length > 0;
  const describedBy = [extraDescribedBy, description ? descriptionId : null, hasError ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={cn('grid gap-2', className)}>
      <Label htmlFor={controlId}>{label}</Label>
      {control({
        id: controlId,
        name,
        'aria-invalid': hasError || undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {description ? (
        <p id={descriptionId} className="text-xs text-muted-foreground">
          {description}
        </p>
      ) : null}
      {hasError ? (
        <p id={errorId} role="alert" className="text-sm text-destructive">
          {messages.map((message) => (
            <span key={message} className="block">
              {message}
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input with its description and error text. */
export function FormField({
  label,
  name,
  error,
  description,
  id,
  className,
  'aria-describedby': describedBy,
  ...inputProps
}: FormFieldProps) {
  return (
    <Field
      {...{ label, name, error, description, id, className, describedBy }}
      control={(controlProps) => <Input {...controlProps} {...inputProps} />}
    />
  );
}

/** A labelled multi-line text input with its description and error text. */
export function FormTextareaField({
  label,
  name,
  error,
  description,
  id,
  className,
  'aria-describedby': describedBy,
  ...textareaProps
}: FormTextareaFieldProps) {
  return (
    <Field
      {...{ label, name, error, description, id, className, describedBy }}
      control={(controlProps) => <Textarea {...controlProps} {...textareaProps} />}
    />
  );
}

/**
 * A form-level error (for example a failed sign-in); renders nothing without a message. `action` follows
 * the message: a link that resolves it, such as an upgrade.
 */
export function FormError({
  message,
  action,
  className,
}: {
  message?: string | null;
  action?: ReactNode;
  className?: string;
}) {
  if (!message) return null;
  return (
    <div
      role="alert"
      className={cn(
        'rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive',
        className,
      )}
    >
      {message}
      {action ? <> {action}</> : null}
    </div>
  );
}
