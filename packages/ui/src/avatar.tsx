import { cn } from './cn';

/**
 * Backgrounds for initials, each dark enough for white text (contrast above 4.5:1) and distinct from
 * the page in light and dark themes. Full class names: Tailwind only generates what it finds written.
 */
export const AVATAR_COLOURS = [
  'bg-sky-700',
  'bg-emerald-700',
  'bg-violet-700',
  'bg-rose-700',
  'bg-amber-700',
  'bg-teal-700',
  'bg-fuchsia-700',
  'bg-indigo-700',
  'bg-orange-700',
  'bg-slate-600',
] as const;

/** "Ann Smith" → "AS", "ann.smith@example.com" → "AS", "ann@example.com" → "A". */
export function initialsOf(name: string, email?: string | null): string {
  const source = name.trim() && !name.includes('@') ? name : ((email ?? name).split('@')[0] ?? '');
  const words = source.split(/[\s._-]+/).filter(Boolean);
  const first = words[0] ?? '';
  const last = words.length > 1 ? (words.at(-1) ?? '') : '';
  return (first.charAt(0) + last.charAt(0)).toUpperCase() || '?';
}

/** The same seed always picks the same colour (a small string hash, FNV-1a). */
export function avatarColourOf(seed: string): (typeof AVATAR_COLOURS)[number] {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index++) {
    hash = Math.imul(hash ^ seed.charCodeAt(index), 0x01000193);
  }
  return AVATAR_COLOURS[(hash >>> 0) % AVATAR_COLOURS.length] ?? AVATAR_COLOURS[0];
}

/**
 * The user's picture, or their initials on a colour chosen from `seed` (the app passes the user's or the
 * organization's id; default: the email, else the name), so a person keeps their colour everywhere. Decorative: the name is always shown next to it.
 */
export function Avatar({
  name,
  email,
  image,
  seed,
  className,
}: {
  name: string;
  email?: string | null;
  image?: string | null;
  seed?: string;
  className?: string;
}) {
  const classes = cn(
    'inline-flex size-8 shrink-0 items-center justify-center overflow-hidden rounded-full text-xs font-medium',
    className,
  );
  if (image) return <img src={image} alt="" className={cn(classes, 'object-cover')} />;
  // The initials are drawn by CSS, not written as text: the disc adds nothing to the text of the
  // button or row it sits in (a trigger's visible text must match its label for speech input).
  return (
    <span
      aria-hidden="true"
      data-initials={initialsOf(name, email)}
      className={cn(
        classes,
        avatarColourOf(seed ?? email ?? name),
        'text-white before:content-[attr(data-initials)]',
      )}
    />
  );
}
