// Counts the SQL statements PostgreSQL runs for common requests to the production build (`pnpm build`
// first), from the server's statement log:   pnpm bench:queries
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDatabase } from '@kit/database';
import {
  createTestDatabase,
  createTestOrganization,
  createTestUser,
  prepareTemplateDatabase,
  startPostgresServer,
} from '@kit/database/testing';
import postgres from 'postgres';
import { toJSONAsync } from 'seroval';
import { freePort } from '../tests/support/app-server';
import { appMigrations } from './lib/app-migrations';

const server = await startPostgresServer();
const admin = postgres(server.url, { max: 1, onnotice: () => {} });
const app = { kill: () => {} };
try {
  await prepareTemplateDatabase(server.url, [appMigrations]);
  const url = await createTestDatabase(server.url);
  const [{ data_directory: dataDirectory } = { data_directory: '' }] = await admin`show data_directory`;
  await admin`alter system set log_statement = 'all'`;
  await admin`select pg_reload_conf()`;
  const logPath = path.join(String(dataDirectory), 'server.log');

  const handle = createDatabase({ url });
  const user = await createTestUser(handle.db);
  const org = await createTestOrganization(handle.db, { members: [{ userId: user.id, role: 'owner' }] });
  await handle.close();

  const port = await freePort();
  const base = `http://localhost:${port}`;
  const child = spawn(process.execPath, [path.resolve(import.meta.dirname, '../.output/server/index.mjs')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: url,
      BETTER_AUTH_SECRET: 'q'.repeat(40),
      BETTER_AUTH_URL: base,
      AUTH_RATE_LIMIT: 'false',
    },
    stdio: 'ignore',
  });
  app.kill = () => child.kill();
  for (let attempt = 0; attempt < 100; attempt++) {
    const up = await fetch(`${base}/api/health`).then(
      () => true,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const statements = () =>
    readFileSync(logPath, 'utf8')
      .split('\n')
      .filter((line) => /LOG: {2}(statement|execute)/.test(line)).length;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
  async function measure(label: string, run: () => Promise<unknown>) {
    await settle();
    const before = statements();
    await run();
    await settle();
    console.log(`${label.padEnd(40)} ${statements() - before} queries`);
  }

  let cookie = '';
  await measure('POST /api/auth/sign-in/email', async () => {
    const response = await fetch(`${base}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    cookie = response.headers
      .getSetCookie()
      .map((value) => value.split(';')[0])
      .join('; ');
  });
  const page = (pathname: string) => () =>
    fetch(`${base}${pathname}`, { headers: { cookie } }).then((r) => r.text());
  await measure('GET /dashboard (personal account)', page('/dashboard'));
  await measure('switch to an organization (server fn)', async () => {
    const body = JSON.stringify(await toJSONAsync({ data: { organizationId: org.id } }));
    await fetch(`${base}/_serverFn/features.organization.organizations.functions.switchAccount`, {
      method: 'POST',
      headers: { cookie, origin: base, 'content-type': 'application/json', 'x-tsr-serverFn': 'true' },
      body,
    }).then((r) => r.text());
  });
  await measure('GET /dashboard (organization active)', page('/dashboard'));
  await measure('GET /settings/members', page('/settings/members'));
  await measure('GET /api/auth/get-session', page('/api/auth/get-session'));
} finally {
  app.kill();
  await admin.end();
  await server.stop();
}
