import { cva } from 'class-variance-authority';

/**
 * The select's classes: `SelectTrigger` uses them, and so does the platform `<select>` on public pages,
 * without `cn` (tailwind-merge and Radix stay out of the landing page's JavaScript).
 */
export const selectVariants = cva(
  'flex rounded-md border border-input bg-background px-3 py-1 text-sm shadow-xs focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive',
  {
    variants: {
      size: {
        default: 'h-9 w-full',
        sm: 'h-8 w-auto',
      },
    },
    defaultVariants: { size: 'default' },
  },
);
