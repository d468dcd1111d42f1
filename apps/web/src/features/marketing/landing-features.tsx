import { m } from '~/paraglide/messages';

// What the kit gives, one card each. A fork lists its own product's features here.
const FEATURES = [
  {
    title: m.landing_feature_organizations_title,
    text: m.landing_feature_organizations_text,
    // Icons are inline SVG paths (24×24, stroked): rendered on the server, they cost the page no script.
    icon: 'M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM22 21v-2a4 4 0 0 0-3-3.87M16 3.13a4 4 0 0 1 0 7.75',
  },
  {
    title: m.landing_feature_admin_title,
    text: m.landing_feature_admin_text,
    icon: 'M12 22s8-4 8-10V5l-8-3-8 3v7c0 6 8 10 8 10z',
  },
  {
    title: m.landing_feature_billing_title,
    text: m.landing_feature_billing_text,
    icon: 'M2 7h20v12H2zM2 11h20M6 15h4',
  },
  {
    title: m.landing_feature_security_title,
    text: m.landing_feature_security_text,
    icon: 'M5 11h14v10H5zM8 11V7a4 4 0 1 1 8 0v4',
  },
  {
    title: m.landing_feature_languages_title,
    text: m.landing_feature_languages_text,
    icon: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20',
  },
  {
    title: m.landing_feature_dark_mode_title,
    text: m.landing_feature_dark_mode_text,
    icon: 'M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z',
  },
] as const;

export function LandingFeatures() {
  return (
    <section aria-labelledby="features-title" className="mx-auto max-w-4xl pb-16">
      <h2 id="features-title" className="text-center text-2xl font-bold tracking-tight">
        {m.landing_features_title()}
      </h2>
      <p className="mt-2 text-center text-muted-foreground">{m.landing_features_lead()}</p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {FEATURES.map((feature) => (
          <li key={feature.icon} className="rounded-lg border border-border bg-card p-6 text-card-foreground">
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="size-6 text-primary"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            >
              <path d={feature.icon} />
            </svg>
            <h3 className="mt-3 font-semibold">{feature.title()}</h3>
            <p className="mt-1 text-sm text-muted-foreground">{feature.text()}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
