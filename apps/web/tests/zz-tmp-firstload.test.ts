import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { it } from 'vitest';
import { firstLoad, PUBLIC_DIR } from '../scripts/lib/first-load';
import { startAppServer } from './support/app-server';
import { HttpClient } from './support/http-client';

it('lists', async () => {
  const app = await startAppServer();
  const html = await (await new HttpClient(app.baseUrl).request('/')).text();
  const load = firstLoad(html);
  for (const f of load.files) {
    let size = 0;
    try {
      size = gzipSync(readFileSync(path.join(PUBLIC_DIR, f))).length;
    } catch {
      size = -1;
    }
    console.log('FILE', f, size);
  }
  console.log('TOTAL', load.gzipBytes);
  await app.stop();
}, 60000);
