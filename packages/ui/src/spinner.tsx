/**
 * A ring turning in the text's colour while something is under way. Decorative: the text or the
 * control beside it says what is happening. One element, no SVG: the page's entry carries it.
 */
export function Spinner({ className = 'size-4' }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={`${className} inline-block shrink-0 animate-spin rounded-full border-2 border-current/25 border-t-current/75`}
    />
  );
}
