// The public pages as the server renders them: the landing page (hero, features, questions, footer,
// share tags with absolute addresses), the legal pages in both languages, sitemap.xml, robots.txt and the
// 404 page. The landing page's text must not reach its JavaScript (its budget).

import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { getDatabase } from '@kit/database';
import { createTestOrganization, createTestUser } from '@kit/database/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLoad, PUBLIC_DIR } from '../scripts/lib/first-load';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient } from './support/http-client';
import { setActiveOrganization } from './support/organization-fixtures';

const GERMAN = { headers: { 'accept-language': 'de' } };

/** A GET with a Host header of the caller's choosing (fetch does not let one set it). */
function getWithHost(baseUrl: string, pathname: string, host: string): Promise<string> {
  const url = new URL(pathname, baseUrl);
  return new Promise((resolve, reject) => {
    const call = httpRequest(
      { hostname: url.hostname, port: url.port, path: url.pathname, headers: { host } },
      (response) => {
        let body = '';
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () => resolve(body));
      },
    );
    call.on('error', reject);
    call.end();
  });
}

function metaContent(html: string, key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));
  return tag?.[1];
}

describe('public pages', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app?.stop());

  it('renders the landing page: hero, features, questions without script, footer links, no pricing with billing off', async () => {
    const response = await new HttpClient(app.baseUrl).request('/');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<h1[^>]*>Ship your SaaS, not its plumbing<\/h1>/);
    expect(html).toContain('href="/auth/sign-up"');
    expect(html).toContain('>What the kit gives you</h2>');
    for (const feature of ['Organizations', 'Admin panel', 'Billing', 'Security', 'Languages', 'Dark mode']) {
      expect(html).toContain(`>${feature}</h3>`);
    }
    expect(html.match(/<details/g)).toHaveLength(4);
    expect(html).toContain('<summary');
    expect(html).toContain('>Do I need Stripe?</summary>');
    expect(html).toMatch(/<footer[\s\S]*href="\/terms"[\s\S]*href="\/privacy"[\s\S]*<\/footer>/);
    expect(html).not.toContain('data-testid="pricing"');
    expect(html).not.toContain('href="#pricing"');
  });

  it('offers a signed-in visitor the way to the dashboard instead of sign-up', async () => {
    const client = new HttpClient(app.baseUrl);
    expect((await client.signIn(await createTestUser(getDatabase()))).status).toBe(200);
    const html = await (await client.request('/')).text();
    expect(html).toContain('Go to your dashboard');
    expect(html).not.toContain('>Create an account</a>');
  });

  it('renders the landing page in German for a German browser', async () => {
    const html = await (await new HttpClient(app.baseUrl).request('/', GERMAN)).text();
    expect(html).toContain('<html lang="de"');
    expect(html).toContain('>Was das Kit mitbringt</h2>');
    expect(html).toContain('>Brauche ich Stripe?</summary>');
    expect(html).toContain('>Nutzungsbedingungen</a>');
  });

  it('keeps the landing page’s text out of its JavaScript: it is markup from the server', async () => {
    const html = await (await new HttpClient(app.baseUrl).request('/')).text();
    const load = firstLoad(html);
    expect(load.files.length).toBeGreaterThan(0);
    for (const file of load.files) {
      const code = readFileSync(path.join(PUBLIC_DIR, file), 'utf8');
      expect(code).not.toContain('What the kit gives you');
      expect(code).not.toContain('Ship your SaaS');
    }
  });

  it('has OpenGraph and Twitter card tags with absolute addresses on BETTER_AUTH_URL', async () => {
    const html = await (await new HttpClient(app.baseUrl).request('/')).text();
    expect(metaContent(html, 'og:type')).toBe('website');
    expect(metaContent(html, 'og:title')).toBe('Kit — the SaaS starter');
    expect(metaContent(html, 'og:description')).toBeTruthy();
    expect(metaContent(html, 'og:url')).toBe(`${app.baseUrl}/`);
    expect(metaContent(html, 'og:image')).toBe(`${app.baseUrl}/og-image.png`);
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
    expect(metaContent(html, 'twitter:image')).toBe(`${app.baseUrl}/og-image.png`);

    const image = await fetch(`${app.baseUrl}/og-image.png`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await image.arrayBuffer());
    // PNG header: width and height are the IHDR chunk's first two 32-bit numbers.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(bytes.length).toBeLessThan(100_000);
  });

  it('does not take its absolute addresses from the Host header a client sends', async () => {
    const landing = await getWithHost(app.baseUrl, '/', 'attacker.example');
    expect(landing).toContain(`content="${app.baseUrl}/og-image.png"`);
    expect(landing).not.toContain('attacker.example');
    const sitemap = await getWithHost(app.baseUrl, '/sitemap.xml', 'attacker.example');
    expect(sitemap).toContain(`<loc>${app.baseUrl}/</loc>`);
    expect(sitemap).not.toContain('attacker.example');
  });

  it('lists the public pages in sitemap.xml', async () => {
    const response = await fetch(`${app.baseUrl}/sitemap.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/xml');
    const xml = await response.text();
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locations).toEqual(
      ['/', '/terms', '/privacy', '/auth/sign-in', '/auth/sign-up'].map((page) => `${app.baseUrl}${page}`),
    );
  });

  it('keeps crawlers out of the signed-in parts in robots.txt and points at the sitemap', async () => {
    const response = await fetch(`${app.baseUrl}/robots.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const lines = (await response.text()).split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain('Allow: /');
    const signedIn = [
      '/dashboard',
      '/onboarding',
      '/projects',
      '/organizations',
      '/invitations',
      '/settings',
    ];
    for (const prefix of ['/admin', '/api', ...signedIn]) expect(lines).toContain(`Disallow: ${prefix}`);
    expect(lines).toContain(`Sitemap: ${app.baseUrl}/sitemap.xml`);
  });

  it.each([
    ['/terms', 'Terms of service', 'Nutzungsbedingungen'],
    ['/privacy', 'Privacy policy', 'Datenschutzerklärung'],
  ])('answers %s in English and German, marked as placeholder text', async (page, english, german) => {
    const en = await new HttpClient(app.baseUrl).request(page);
    expect(en.status).toBe(200);
    const enHtml = await en.text();
    expect(enHtml).toMatch(new RegExp(`<h1[^>]*>${english}</h1>`));
    expect(enHtml).toContain('Placeholder text: replace this page');
    const de = await new HttpClient(app.baseUrl).request(page, GERMAN);
    expect(de.status).toBe(200);
    const deHtml = await de.text();
    expect(deHtml).toMatch(new RegExp(`<h1[^>]*>${german}</h1>`));
    expect(deHtml).toContain('Platzhaltertext: Ersetzen Sie diese Seite');
  });

  it('answers an unknown address with 404 and the translated page with a way home', async () => {
    const en = await new HttpClient(app.baseUrl).request('/no-such-page');
    expect(en.status).toBe(404);
    const enHtml = await en.text();
    expect(enHtml).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    expect(enHtml).toContain('<title>Page not found — Kit</title>');
    expect(enHtml).toMatch(/<a[^>]*href="\/"[^>]*>Back home<\/a>/);
    // In the public pages' frame: the top bar and the footer.
    expect(enHtml).toContain('<footer');
    const de = await new HttpClient(app.baseUrl).request('/no-such-page', GERMAN);
    expect(de.status).toBe(404);
    const deHtml = await de.text();
    expect(deHtml).toMatch(/<h1[^>]*>Seite nicht gefunden<\/h1>/);
    expect(deHtml).toContain('<title>Seite nicht gefunden — Kit</title>');
    expect(deHtml).toMatch(/<a[^>]*href="\/"[^>]*>Zur Startseite<\/a>/);
  });

  it('gives a signed-in user the way to the dashboard on a 404', async () => {
    const db = getDatabase();
    const owner = await createTestUser(db);
    const organization = await createTestOrganization(db, { members: [{ userId: owner.id, role: 'owner' }] });
    const client = new HttpClient(app.baseUrl);
    expect((await client.signIn(owner)).status).toBe(200);
    const unknown = await client.request('/no-such-page');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toMatch(/<a[^>]*href="\/dashboard"[^>]*>Go to your dashboard<\/a>/);

    // A page that refuses with a 404 (Billing, with billing off) shows the same page.
    await setActiveOrganization(client, organization.id);
    const refused = await client.request('/settings/billing', GERMAN);
    expect(refused.status).toBe(404);
    const html = await refused.text();
    expect(html).toMatch(/<h1[^>]*>Seite nicht gefunden<\/h1>/);
    expect(html).toMatch(/<a[^>]*href="\/dashboard"[^>]*>Zu Ihrem Dashboard<\/a>/);
  });
});
