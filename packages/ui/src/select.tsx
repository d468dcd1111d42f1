import * as SelectPrimitive from '@radix-ui/react-select';
import { type ComponentProps, useCallback, useEffect, useRef, useState } from 'react';
import { cn } from './cn';
import { selectVariants } from './select-variants';

/**
 * A styled select (Radix): the trigger is a `combobox` button that takes a `<Label htmlFor>`, arrow keys,
 * typeahead, Home/End, Enter and Escape work as on the platform's select. Give `name` and, inside a form,
 * the value is submitted through a hidden native select. Items cannot have the value `''`: use a word
 * such as `any` for "no filter".
 */
export const Select = SelectPrimitive.Root;
export const SelectGroup = SelectPrimitive.Group;
export const SelectValue = SelectPrimitive.Value;

function Chevron({ className, up = false }: { className?: string; up?: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={cn('size-4', className)} fill="none">
      <path
        d={up ? 'M4 10l4-4 4 4' : 'M4 6l4 4 4-4'}
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function SelectTrigger({
  className,
  children,
  size = 'default',
  ...props
}: ComponentProps<typeof SelectPrimitive.Trigger> & { size?: 'default' | 'sm' }) {
  return (
    <SelectPrimitive.Trigger
      className={cn(
        selectVariants({ size }),
        'items-center justify-between gap-2 text-left data-[placeholder]:text-muted-foreground [&>span]:truncate',
        className,
      )}
      {...props}
    >
      {children}
      <SelectPrimitive.Icon asChild>
        <Chevron className="shrink-0 opacity-60" />
      </SelectPrimitive.Icon>
    </SelectPrimitive.Trigger>
  );
}

export function SelectContent({
  className,
  children,
  position = 'popper',
  ...props
}: ComponentProps<typeof SelectPrimitive.Content>) {
  return (
    <SelectPrimitive.Portal>
      <SelectPrimitive.Content
        position={position}
        className={cn(
          'relative z-50 max-h-[var(--radix-select-content-available-height)] min-w-[8rem] overflow-hidden rounded-md border border-border bg-popover text-popover-foreground shadow-md',
          position === 'popper' &&
            'w-full min-w-[var(--radix-select-trigger-width)] data-[side=bottom]:translate-y-1 data-[side=top]:-translate-y-1',
          className,
        )}
        {...props}
      >
        <SelectPrimitive.ScrollUpButton className="flex items-center justify-center py-1">
          <Chevron up />
        </SelectPrimitive.ScrollUpButton>
        <SelectPrimitive.Viewport className="p-1">{children}</SelectPrimitive.Viewport>
        <SelectPrimitive.ScrollDownButton className="flex items-center justify-center py-1">
          <Chevron />
        </SelectPrimitive.ScrollDownButton>
      </SelectPrimitive.Content>
    </SelectPrimitive.Portal>
  );
}

export function SelectItem({ className, children, ...props }: ComponentProps<typeof SelectPrimitive.Item>) {
  return (
    <SelectPrimitive.Item
      className={cn(
        'relative flex w-full cursor-default select-none items-center rounded-sm py-1.5 pr-2 pl-8 text-sm outline-none focus:bg-accent focus:text-accent-foreground data-[disabled]:pointer-events-none data-[disabled]:opacity-50',
        className,
      )}
      {...props}
    >
      <span className="absolute left-2 flex size-3.5 items-center justify-center">
        <SelectPrimitive.ItemIndicator>
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5" fill="none">
            <path
              d="M3 8.5l3 3 7-7"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </SelectPrimitive.ItemIndicator>
      </span>
      <SelectPrimitive.ItemText>{children}</SelectPrimitive.ItemText>
    </SelectPrimitive.Item>
  );
}

/**
 * While the list is open, Radix hides the rest of the page from assistive technology (`aria-hidden`)
 * and traps focus, but leaves the hidden links and buttons focusable, which axe reports
 * (aria-hidden-focus: it excuses this for dialogs, not listboxes). Making them `inert` as well says
 * what the focus trap already does. Applied after Radix has hidden them (the next frame) and lifted
 * as the list closes, before focus returns to the trigger.
 */
function useInertWhileOpen(open: boolean) {
  const made = useRef<Element[]>([]);
  const lift = useCallback(() => {
    for (const element of made.current) element.removeAttribute('inert');
    made.current = [];
  }, []);
  useEffect(() => {
    if (!open) return;
    const frame = requestAnimationFrame(() => {
      made.current = [...document.querySelectorAll('[data-aria-hidden="true"]:not([inert])')];
      for (const element of made.current) element.setAttribute('inert', '');
    });
    return () => {
      cancelAnimationFrame(frame);
      lift();
    };
  }, [open, lift]);
  return lift;
}

export interface SelectOption {
  value: string;
  label: string;
  lang?: string;
}

/**
 * The common case in one element: a trigger and a list of options. `id` goes on the trigger, so a
 * `<Label htmlFor={id}>` names it; `name` submits the value with the form.
 */
export function SimpleSelect({
  id,
  name,
  options,
  value,
  defaultValue,
  onValueChange,
  disabled,
  required,
  size,
  className,
  'aria-label': ariaLabel,
  'aria-invalid': ariaInvalid,
  'aria-describedby': ariaDescribedBy,
}: {
  id?: string;
  name?: string;
  options: readonly SelectOption[];
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  disabled?: boolean;
  required?: boolean;
  size?: 'default' | 'sm';
  className?: string;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const [chosen, setChosen] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const liftInert = useInertWhileOpen(open);
  const current = value ?? chosen;
  return (
    <Select
      name={name}
      value={current}
      open={open}
      onOpenChange={(next) => {
        if (!next) liftInert();
        setOpen(next);
      }}
      onValueChange={(next) => {
        setChosen(next);
        onValueChange?.(next);
      }}
      disabled={disabled}
      required={required}
    >
      <SelectTrigger
        id={id}
        size={size}
        className={className}
        aria-label={ariaLabel}
        aria-invalid={ariaInvalid}
        aria-describedby={ariaDescribedBy}
      >
        {/* The label is given, not left to Radix: the server-rendered page shows it before hydration. */}
        <SelectValue>{options.find((option) => option.value === current)?.label}</SelectValue>
      </SelectTrigger>
      <SelectContent>
        {options.map((option) => (
          <SelectItem key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
