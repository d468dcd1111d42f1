import { createFileRoute } from '@tanstack/react-router';
import { MarketingLayout } from '~/components/marketing-layout';
import { LegalPage } from '~/features/marketing/legal-page';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/privacy')({
  head: () => ({ meta: [{ title: m.page_title({ page: m.privacy_title() }) }] }),
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
