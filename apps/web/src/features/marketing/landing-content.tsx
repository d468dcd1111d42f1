import { PricingSection } from '~/features/billing/pricing-section';
import { LandingFaq } from './landing-faq';
import { LandingFeatures } from './landing-features';
import { LandingHero } from './landing-hero';

/** Everything of the landing page below the top bar; rendered to static markup on the server only. */
export function LandingContent({ signedIn, billing }: { signedIn: boolean; billing: boolean }) {
  return (
    <>
      <LandingHero signedIn={signedIn} billing={billing} />
      <LandingFeatures />
      {billing ? <PricingSection /> : null}
      <LandingFaq />
    </>
  );
}
