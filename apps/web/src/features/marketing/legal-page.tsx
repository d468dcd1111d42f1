import { m } from '~/paraglide/messages';

/**
 * A legal page (terms, privacy) with placeholder text the kit ships so the footer's links lead somewhere.
 * A fork replaces the paragraphs with its own text and removes the notice.
 */
export function LegalPage({ title, paragraphs }: { title: string; paragraphs: string[] }) {
  return (
    <article className="mx-auto max-w-2xl py-8">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p
        className="mt-4 rounded-md border border-border bg-muted px-4 py-3 text-sm"
        data-testid="placeholder-notice"
      >
        {m.legal_placeholder_notice()}
      </p>
      {paragraphs.map((paragraph) => (
        <p key={paragraph} className="mt-4 leading-7">
          {paragraph}
        </p>
      ))}
    </article>
  );
}
