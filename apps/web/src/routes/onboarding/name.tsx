import { createFileRoute } from '@tanstack/react-router';
import { NameStep } from '~/features/onboarding/name-step';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/onboarding/name')({
  head: () => ({ meta: [{ title: m.page_title({ page: m.onboarding_name_title() }) }] }),
  component: NameStepPage,
});

function NameStepPage() {
  const { user } = Route.useRouteContext();
  return <NameStep name={user.name} />;
}
