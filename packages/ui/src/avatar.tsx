import { cn } from './cn';

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  const last = words.length > 1 ? (words.at(-1) ?? '') : '';
  return (first.charAt(0) + last.charAt(0)).toUpperCase() || '?';
}

/** The user's picture, or their initials on a neutral disc. Decorative: the name is always shown next to it. */
export function Avatar({
  name,
  image,
  className,
}: {
  name: string;
  image?: string | null;
  className?: string;
}) {
  const classes = cn(
    'inline-flex size-8 shrink-0 items-center justify-center overflow-hidden rounded-full bg-muted text-xs font-medium text-muted-foreground',
    className,
  );
  if (image) return <img src={image} alt="" className={cn(classes, 'object-cover')} />;
  return (
    <span aria-hidden="true" className={classes}>
      {initialsOf(name)}
    </span>
  );
}
