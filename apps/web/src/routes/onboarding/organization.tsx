import { createFileRoute } from '@tanstack/react-router';
import { OrganizationStep } from '~/features/onboarding/organization-step';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/onboarding/organization')({
  head: () => ({ meta: [{ title: m.page_title({ page: m.onboarding_organization_title() }) }] }),
  component: OrganizationStep,
});
