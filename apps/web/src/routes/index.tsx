import { createFileRoute } from '@tanstack/react-router';
import { MarketingLayout } from '~/components/marketing-layout';

export const Route = createFileRoute('/')({
  // The page comes as markup rendered on the server (features/marketing/landing.functions.ts), so none
  // of its code or text is in this page's JavaScript. Only a client-side navigation here fetches it.
  loader: async ({ context }) => {
    const { fetchLandingPage } = await import('~/features/marketing/landing.functions');
    return fetchLandingPage({ data: { signedIn: Boolean(context.identity.user) } });
  },
  head: ({ loaderData }) => ({ meta: loaderData?.meta }),
  component: LandingPage,
});

function LandingPage() {
  const { html } = Route.useLoaderData();
  return (
    <MarketingLayout>
      {/* Markup React rendered on the server from the messages and the plan file (escaped there); no
          visitor input. On hydration React leaves it as it is. */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </MarketingLayout>
  );
}
