import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '@kit/database/testing';

export { freePort };

const SERVER_ENTRY = path.resolve(import.meta.dirname, '../../.output/server/index.mjs');
export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123';

export interface AppServer {
  baseUrl: string;
  port: number;
  /** SIGTERM, then waits for the process to end; its exit code (null when a signal ended it). */
  stop: () => Promise<number | null>;
  output: () => string;
}

/**
 * Spawns the production build (`pnpm build` first) and waits until it answers. With `logFile`, the
 * server's output is also appended there (end-to-end tests read emails from it in another process).
 * `port` (from `freePort()`) is for a test that must know the app's URL before it starts (an OpenID
 * provider registers the callback URL first). `entry` and `cwd` start a copy of the build laid out
 * elsewhere (the container's layout).
 */
export async function startAppServer(
  env: Record<string, string | undefined> = {},
  options: { logFile?: string; port?: number; entry?: string; cwd?: string } = {},
): Promise<AppServer> {
  const entry = options.entry ?? SERVER_ENTRY;
  if (!existsSync(entry)) throw new Error('No production build: run `pnpm build` first.');
  const port = options.port ?? (await freePort());
  const baseUrl = `http://localhost:${port}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd: options.cwd,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: process.env.DATABASE_URL,
      // Off when the run goes through PgBouncer (TEST_THROUGH_PGBOUNCER=1).
      DATABASE_PREPARE: process.env.DATABASE_PREPARE,
      BETTER_AUTH_SECRET: TEST_SECRET,
      BETTER_AUTH_URL: baseUrl,
      // Tests sign in far more often than a person; rate limits get their own tests.
      AUTH_RATE_LIMIT: 'false',
      // Tests follow the emailed links in the log (production withholds them unless told otherwise).
      MAIL_LOG_LINKS: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const record = (chunk: Buffer) => {
    output += chunk;
    if (options.logFile) appendFileSync(options.logFile, chunk);
  };
  child.stdout?.on('data', record);
  child.stderr?.on('data', record);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const exitCode = await Promise.race([exited, new Promise((r) => setTimeout(() => r('running'), 100))]);
    if (exitCode !== 'running') throw new Error(`App server exited (${exitCode}):\n${output}`);
    try {
      await fetch(`${baseUrl}/api/health`);
      break;
    } catch {
      // not listening yet
    }
  }
  return {
    baseUrl,
    port,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Runs the production server expecting it to exit; returns its exit code and output. */
export async function runAppServerExpectingExit(
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const merged: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    PORT: String(port),
    ...env,
  };
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    // An undefined value leaves the variable out entirely.
    env: Object.fromEntries(
      Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  return { code, output };
}
