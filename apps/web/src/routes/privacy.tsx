import { createFileRoute } from '@tanstack/react-router';
import { MarketingLayout } from '~/components/marketing-layout';
import { LegalPage } from '~/features/marketing/legal-page';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/privacy')({
  // The title comes from the loader, which loads with the page: its message stays out of the entry chunk.
  loader: () => ({ title: m.privacy_title() }),
  head: ({ loaderData }) => ({ meta: [{ title: m.page_title({ page: loaderData?.title ?? '' }) }] }),
  component: PrivacyPage,
});

function PrivacyPage() {
  return (
    <MarketingLayout>
      <LegalPage
        title={m.privacy_title()}
        paragraphs={[m.privacy_intro(), m.privacy_data(), m.privacy_rights()]}
      />
    </MarketingLayout>
  );
}
