import { createFileRoute } from '@tanstack/react-router';
import { MarketingLayout } from '~/components/marketing-layout';
import { LegalPage } from '~/features/marketing/legal-page';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/terms')({
  // The title comes from the loader, which loads with the page: its message stays out of the entry chunk.
  loader: () => ({ title: m.terms_title() }),
  head: ({ loaderData }) => ({ meta: [{ title: m.page_title({ page: loaderData?.title ?? '' }) }] }),
  component: TermsPage,
});

function TermsPage() {
  return (
    <MarketingLayout>
      <LegalPage
        title={m.terms_title()}
        paragraphs={[m.terms_intro(), m.terms_accounts(), m.terms_changes()]}
      />
    </MarketingLayout>
  );
}
