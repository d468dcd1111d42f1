// Signed-in pages name themselves in the document's title, in the request's language: a title written
// out in the route (English whatever the language) fails here.
import { getDatabase } from '@kit/database';
import { createTestUser } from '@kit/database/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { type HttpClient, signedInClient } from './support/http-client';

const PAGES = {
  '/dashboard': { en: 'Dashboard — Kit', de: 'Dashboard — Kit' },
  '/organizations/new': { en: 'Create an organization — Kit', de: 'Organisation erstellen — Kit' },
  '/settings/profile': { en: 'Profile — Kit', de: 'Profil — Kit' },
  '/settings/security': { en: 'Security — Kit', de: 'Sicherheit — Kit' },
  '/settings/sessions': { en: 'Sessions — Kit', de: 'Sitzungen — Kit' },
} as const;

describe('page titles (production build)', () => {
  let app: AppServer;
  let client: HttpClient;

  beforeAll(async () => {
    app = await startAppServer();
    client = await signedInClient(app.baseUrl, await createTestUser(getDatabase()));
  });
  afterAll(async () => {
    await app?.stop();
  });

  for (const [path, titles] of Object.entries(PAGES)) {
    for (const language of ['en', 'de'] as const) {
      it(`titles ${path} in ${language}`, async () => {
        const response = await client.request(path, { headers: { 'accept-language': language } });
        expect(response.status).toBe(200);
        const title = (await response.text()).match(/<title>([^<]*)<\/title>/)?.[1];
        expect(title).toBe(titles[language]);
      });
    }
  }
});
