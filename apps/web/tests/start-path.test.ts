// Issue 20, item 8: a fast start. The server starts, and answers an anonymous landing page, without
// loading better-auth, the database client or the mailer: each loads with the first request that needs it.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, TEST_SECRET } from './support/app-server';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../../..');
const SERVER_ENTRY = path.resolve(import.meta.dirname, '../.output/server/index.mjs');
const RECORDER = path.resolve(import.meta.dirname, 'support/record-module-loads.mjs');

const AUTH_LIBRARY = /better-auth/;
const DATABASE_CLIENT = /drizzle-orm|postgres|pglite/;
const NOT_FOR_THE_LANDING_PAGE =
  /better-auth|drizzle-orm|postgres|pglite|kysely|nodemailer|react-email|opentelemetry/;

interface RecordedServer {
  baseUrl: string;
  /** The URLs of the modules the server has loaded so far, in order. */
  loaded: () => string[];
  /** The server's first request: GET / as soon as it accepts connections. */
  firstResponse: Response;
  stop: () => Promise<void>;
}

/** The production build with the module recorder preloaded, after it answered its first request. */
async function startRecordedServer(databaseUrl: string | undefined): Promise<RecordedServer> {
  if (!existsSync(SERVER_ENTRY)) throw new Error('No production build: run `pnpm build` first.');
  const directory = mkdtempSync(path.join(tmpdir(), 'kit-start-path-'));
  const logFile = path.join(directory, 'modules.log');
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['--import', RECORDER, SERVER_ENTRY], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_SECRET: TEST_SECRET,
      BETTER_AUTH_URL: baseUrl,
      MODULE_LOAD_LOG: logFile,
    },
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(directory, { recursive: true, force: true });
  };
  let firstResponse: Response | undefined;
  for (let attempt = 0; attempt < 400 && !firstResponse; attempt++) {
    if (child.exitCode !== null) break;
    firstResponse = await fetch(`${baseUrl}/`).catch(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return undefined;
    });
  }
  if (!firstResponse) {
    await stop();
    throw new Error('The server did not answer.');
  }
  const loaded = () => readFileSync(logFile, 'utf8').split('\n').filter(Boolean);
  return { baseUrl, loaded, firstResponse, stop };
}

describe('what the server loads, and when (production build)', () => {
  let server: RecordedServer;
  afterAll(() => server?.stop());

  it('answers its first request, the landing page, without better-auth, the database client or the mailer', async () => {
    server = await startRecordedServer(process.env.DATABASE_URL);
    expect(server.firstResponse.status).toBe(200);
    expect(await server.firstResponse.text()).toContain('<html');
    // The page's own server code was recorded: the recorder saw the request's modules.
    expect(server.loaded().some((url) => url.includes('/_ssr/'))).toBe(true);
    expect(server.loaded().filter((url) => NOT_FOR_THE_LANDING_PAGE.test(url))).toEqual([]);
  });

  it('loads the database client with the first request that queries, and better-auth with the first auth request', async () => {
    expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200);
    expect(server.loaded().some((url) => DATABASE_CLIENT.test(url))).toBe(true);
    expect(server.loaded().some((url) => AUTH_LIBRARY.test(url))).toBe(false);

    const session = await fetch(`${server.baseUrl}/api/auth/get-session`);
    expect(session.status).toBe(200);
    expect(await session.json()).toBeNull();
    expect(server.loaded().some((url) => AUTH_LIBRARY.test(url))).toBe(true);
  });
});

describe('the landing page without a database (production build)', () => {
  it('renders while the database is unreachable, and liveness says so', async () => {
    const server = await startRecordedServer('postgres://nobody@127.0.0.1:9/none');
    try {
      expect(server.firstResponse.status).toBe(200);
      expect(await server.firstResponse.text()).toContain('<html');
      expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(503);
    } finally {
      await server.stop();
    }
  });
});

describe('pnpm start', () => {
  it('is one pnpm process running node on the built server: no nested package manager', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.start).toMatch(/^node apps\/web\/start\.mjs$/);
    const wrapper = readFileSync(path.join(REPOSITORY_ROOT, 'apps/web/start.mjs'), 'utf8');
    expect(wrapper).toContain("import('./.output/server/index.mjs')");
    expect(wrapper).not.toMatch(/child_process|\bspawn\b|\bexec/);
  });
});
