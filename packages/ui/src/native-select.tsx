import type { ComponentProps } from 'react';
import { cn } from './cn';
import { selectVariants } from './select-variants';

/** The platform's select, styled like Input: keyboard and screen-reader support for free. */
export function NativeSelect({ className, ...props }: ComponentProps<'select'>) {
  return <select className={cn(selectVariants(), className)} {...props} />;
}
