import { type ComponentProps, useId } from 'react';
import { cn } from './cn';
import { Input } from './input';
import { Label } from './label';

export interface FormFieldProps extends Omit<ComponentProps<'input'>, 'name'> {
  label: string;
  name: string;
  /** One message or several; shown under the input and announced by screen readers. */
  error?: string | string[];
  description?: string;
}

/** A labelled input with its description and error text wired up for assistive technology. */
export function FormField({
  label,
  name,
  error,
  description,
  id,
  className,
  'aria-describedby': extraDescribedBy,
  ...inputProps
}: FormFieldProps) {
  const generatedId = useId();
  const inputId = id ?? `${name}-${generatedId}`;
  const errorId = `${inputId}-error`;
  const descriptionId = `${inputId}-description`;
  const messages = [...new Set(typeof error === 'string' ? [error] : (error ?? []))].filter(Boolean);
  const hasError = messages.length > 0;
  const describedBy = [extraDescribedBy, description ? descriptionId : null, hasError ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={cn('grid gap-2', className)}>
      <Label htmlFor={inputId}>{label}</Label>
      <Input
        id={inputId}
        name={name}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy || undefined}
        {...inputProps}
      />
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

/** A form-level error (for example a failed sign-in); renders nothing without a message. */
export function FormError({ message, className }: { message?: string | null; className?: string }) {
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
    </div>
  );
}
