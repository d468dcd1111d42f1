import { validateInput } from '@kit/action-middleware';
import { getAuthEnv } from '@kit/better-auth/setup';
import { isBillingEnabled } from '@kit/billing/configuration';
import { createServerFn } from '@tanstack/react-start';
import { landingPageInputSchema } from './landing.schemas';
import type { MetaTag } from './social-meta';

export interface LandingPage {
  /** The page's content as markup (hero, features, pricing with billing on, questions). */
  html: string;
  /** Its OpenGraph and Twitter card tags. */
  meta: MetaTag[];
}

/**
 * The landing page rendered here to static markup, in the request's language. None of its code or text
 * reaches the browser's JavaScript: the page stays within its budget, whatever a fork writes on it.
 * Public: the same for every visitor but for the calls to action.
 */
export const fetchLandingPage = createServerFn({ method: 'GET' })
  .validator(validateInput(landingPageInputSchema))
  .handler(async ({ data }): Promise<LandingPage> => {
    const [{ createElement }, { renderToStaticMarkup }, { LandingContent }, { socialMeta }] =
      await Promise.all([
        import('react'),
        import('react-dom/server'),
        import('./landing-content'),
        import('./social-meta'),
      ]);
    const billing = isBillingEnabled();
    return {
      html: renderToStaticMarkup(createElement(LandingContent, { signedIn: data.signedIn, billing })),
      meta: socialMeta(getAuthEnv().baseUrl, '/'),
    };
  });
