import { isBillingEnabled } from '@kit/billing/configuration';
import { createServerFn } from '@tanstack/react-start';

/**
 * The landing page's pricing section as HTML, rendered here from the plan file in the request's language
 * (null with billing off). Public: the same for every visitor. The renderer and the section load inside
 * the handler, on the server only.
 */
export const fetchPricingHtml = createServerFn({ method: 'GET' }).handler(
  async (): Promise<string | null> => {
    if (!isBillingEnabled()) return null;
    const [{ createElement }, { renderToStaticMarkup }, { PricingSection }] = await Promise.all([
      import('react'),
      import('react-dom/server'),
      import('./pricing-section'),
    ]);
    return renderToStaticMarkup(createElement(PricingSection));
  },
);
