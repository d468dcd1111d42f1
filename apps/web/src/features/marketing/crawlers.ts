// What search engines read: the public pages in sitemap.xml, and robots.txt keeping them out of the
// signed-in parts. A fork adds its public pages to PUBLIC_PAGES.

/** The pages anyone may see and a search engine should list (the pricing section is on `/`). */
export const PUBLIC_PAGES = ['/', '/terms', '/privacy', '/auth/sign-in', '/auth/sign-up'] as const;

/** Paths that need a session or are machine interfaces: nothing to index there. */
export const PRIVATE_PREFIXES = [
  '/admin',
  '/api',
  '/dashboard',
  '/invitations',
  '/onboarding',
  '/organizations',
  '/projects',
  '/settings',
] as const;

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);

export function sitemapXml(origin: string): string {
  const urls = PUBLIC_PAGES.map((path) => `  <url><loc>${escapeXml(`${origin}${path}`)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(origin: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...PRIVATE_PREFIXES.map((prefix) => `Disallow: ${prefix}`),
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}
