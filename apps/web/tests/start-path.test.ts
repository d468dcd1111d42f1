// Issue 20, item 8: a fast start. The server starts, and answers an anonymous landing page, without
// loading better-auth, the database client or the mailer: each loads with the first request that needs it.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, TEST_SECRET } from './support/app-server';

const SERVER_ENTRY = path.resolve(import.meta.dirname, '../.output/server/index.mjs');
const RECORDER = path.resolve(import.meta.dirname, 'support/record-module-loads.mjs');

const AUTH_LIBRARY = /better-auth/;
const DATABASE_CLIENT = /drizzle-orm|postgres|pglite/;
const NOT_FOR_THE_LANDING_PAGE = /better-auth|drizzle-orm|postgres|pglite|kysely|nodemailer|react-email|opentelemetry/;

describe('what the server loads, and when (production build)', () => {
  let directory: string;
  let logFile: string;
  let baseUrl: string;
  let child: ChildProcess;
  let exited: Promise<unknown>;
  const loaded = () => readFileSync(logFile, 'utf8').split('\n').filter(Boolean);

  beforeAll(async () => {
    if (!existsSync(SERVER_ENTRY)) throw new Error('No production build: run `pnpm build` first.');
    directory = mkdtempSync(path.join(tmpdir(), 'kit-start-path-'));
    logFile = path.join(directory, 'modules.log');
    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
    child = spawn(process.execPath, ['--import', RECORDER, SERVER_ENTRY], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        PORT: String(port),
        DATABASE_URL: process.env.DATABASE_URL,
        BETTER_AUTH_SECRET: TEST_SECRET,
        BETTER_AUTH_URL: baseUrl,
        MODULE_LOAD_LOG: logFile,
      },
      stdio: 'ignore',
    });
    exited = new Promise((resolve) => child.once('exit', resolve));
  });

  afterAll(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(directory, { recursive: true, force: true });
  });

  it('answers its first request, the landing page, without better-auth, the database client or the mailer', async () => {
    let landing: Response | undefined;
    for (let attempt = 0; attempt < 200 && !landing; attempt++) {
      if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
      landing = await fetch(`${baseUrl}/`).catch(async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        return undefined;
      });
    }
    expect(landing?.status).toBe(200);
    expect(await landing?.text()).toContain('<html');
    // The page's own server code was recorded: the recorder saw the request's modules.
    expect(loaded().some((url) => url.includes('/_ssr/'))).toBe(true);
    expect(loaded().filter((url) => NOT_FOR_THE_LANDING_PAGE.test(url))).toEqual([]);
  });

  it('loads the database client with the first request that queries, and better-auth with the first auth request', async () => {
    expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200);
    expect(loaded().some((url) => DATABASE_CLIENT.test(url))).toBe(true);
    expect(loaded().some((url) => AUTH_LIBRARY.test(url))).toBe(false);

    const session = await fetch(`${baseUrl}/api/auth/get-session`);
    expect(session.status).toBe(200);
    expect(await session.json()).toBeNull();
    expect(loaded().some((url) => AUTH_LIBRARY.test(url))).toBe(true);
  });
});
