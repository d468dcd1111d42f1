import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getDatabase } from '@kit/database';
import { createTestUser } from '@kit/database/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGETS } from '../scripts/lib/budgets';
import { firstLoad, PUBLIC_DIR } from '../scripts/lib/first-load';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient } from './support/http-client';

describe('first-load JavaScript of the production build', () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app.stop());

  it(`keeps the anonymous landing page within ${FIRST_LOAD_BUDGETS['/']} gzip bytes`, async () => {
    const html = await (await new HttpClient(app.baseUrl).request('/')).text();
    const load = firstLoad(html);
    expect(load.files.length).toBeGreaterThan(0);
    expect(load.gzipBytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGETS['/']);
  });

  it(`keeps a signed-in /dashboard within ${FIRST_LOAD_BUDGETS['/dashboard']} gzip bytes`, async () => {
    const client = new HttpClient(app.baseUrl);
    expect((await client.signIn(await createTestUser(getDatabase()))).status).toBe(200);
    const response = await client.request('/dashboard');
    expect(response.status).toBe(200);
    const load = firstLoad(await response.text());
    expect(load.files.some((file) => file.includes('dashboard'))).toBe(true);
    // The billing page and its server-function clients load on the billing page only.
    expect(load.files.filter((file) => /billing/.test(file))).toEqual([]);
    expect(load.gzipBytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGETS['/dashboard']);
  });

  it('ships no server-only code: no environment schema, secret placeholder or database driver', () => {
    const assets = path.join(PUBLIC_DIR, 'assets');
    const leaks = readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .filter((file) => {
        const code = readFileSync(path.join(assets, file), 'utf8');
        return /development-only-secret|DATABASE_URL must be|drizzle-orm|postgres\.js|pglite/i.test(code);
      });
    expect(leaks).toEqual([]);
  });
});
