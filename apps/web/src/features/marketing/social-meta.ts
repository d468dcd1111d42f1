import { m } from '~/paraglide/messages';

/** The committed share image (public/og-image.png), 1200 × 630 as the large card formats want. */
const SHARE_IMAGE = { path: '/og-image.png', width: 1200, height: 630 };

export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** OpenGraph and Twitter card tags for a public page, with absolute addresses on `origin`. */
export function socialMeta(origin: string, path: string): MetaTag[] {
  const title = m.meta_title_default();
  const description = m.meta_description();
  const image = `${origin}${SHARE_IMAGE.path}`;
  return [
    { property: 'og:type', content: 'website' },
    { property: 'og:site_name', content: m.app_name() },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: `${origin}${path}` },
    { property: 'og:image', content: image },
    { property: 'og:image:width', content: String(SHARE_IMAGE.width) },
    { property: 'og:image:height', content: String(SHARE_IMAGE.height) },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: description },
    { name: 'twitter:image', content: image },
  ];
}
