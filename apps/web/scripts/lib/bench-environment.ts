import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createDatabase } from '@kit/database';
import {
  createTestDatabase,
  createTestOrganization,
  createTestUser,
  prepareTemplateDatabase,
  startPostgresServer,
  type TestUser,
} from '@kit/database/testing';
import postgres from 'postgres';
import { freePort } from '../../tests/support/app-server';
import { appMigrations } from './app-migrations';

const TASKSET = '/usr/bin/taskset';
const SERVER_ENTRY = path.resolve(import.meta.dirname, '../../.output/server/index.mjs');
const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../../../..');

/** How the app is started: its entry with node, or the repository's `pnpm start` as an operator would. */
export type StartCommand = 'node' | 'pnpm start';

/** pnpm's CLI when this runs under pnpm (`pnpm bench`), else `pnpm` from PATH. */
function pnpmCommand(): [string, string[]] {
  const cli = process.env.npm_execpath;
  return cli && /pnpm\.c?js$/.test(cli) ? [process.execPath, [cli]] : ['pnpm', []];
}

export interface BenchEnvironment {
  databaseUrl: string;
  user: TestUser;
  organizationId: string;
  /** SQL statements PostgreSQL has logged so far (log_statement = all). */
  statements: () => number;
  /**
   * Starts the production build (pinned to `core` when taskset exists); resolves once it answered 200,
   * with the time that took.
   */
  startApp: (
    core?: number,
    command?: StartCommand,
    /** Options for node before the entry (`--cpu-prof`), with the `node` command. */
    nodeArgs?: string[],
  ) => Promise<{ baseUrl: string; coldStartMs: number; pid?: number; stop: () => Promise<void> }>;
  /** Spawns a process pinned to `core` when taskset exists. */
  spawnPinned: (core: number | undefined, args: string[], env: Record<string, string>) => ChildProcess;
  close: () => Promise<void>;
}

/** Ends a spawned process and its children (its own process group). */
function stopGroup(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

/** A throw-away PostgreSQL with one user who owns one organization, and the built app on top of it. */
export async function createBenchEnvironment(): Promise<BenchEnvironment> {
  const server = await startPostgresServer();
  const admin = postgres(server.url, { max: 1, onnotice: () => {} });
  const children = new Set<ChildProcess>();
  await prepareTemplateDatabase(server.url, [appMigrations]);
  const databaseUrl = await createTestDatabase(server.url);
  const [row] = await admin`show data_directory`;
  await admin`alter system set log_statement = 'all'`;
  await admin`select pg_reload_conf()`;
  const logPath = path.join(String(row?.data_directory), 'server.log');

  const handle = createDatabase({ url: databaseUrl });
  const user = await createTestUser(handle.db);
  const organization = await createTestOrganization(handle.db, {
    members: [{ userId: user.id, role: 'owner' }],
  });
  await handle.close();

  function spawnPinned(
    core: number | undefined,
    args: string[],
    env: Record<string, string>,
    program: [string, string[]] = [process.execPath, []],
    cwd?: string,
  ) {
    const pinned = core !== undefined && existsSync(TASKSET);
    const [executable, programArgs] = program;
    const [command, commandArgs] = pinned
      ? [TASKSET, ['-c', String(core), executable, ...programArgs, ...args]]
      : [executable, [...programArgs, ...args]];
    const child = spawn(command, commandArgs, {
      env: { PATH: process.env.PATH, HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: 'ignore',
      cwd,
      // Its own process group: `pnpm start` runs the server in a child, and stop() ends both.
      detached: true,
    });
    children.add(child);
    return child;
  }

  async function startApp(core?: number, command: StartCommand = 'node', nodeArgs: string[] = []) {
    const port = await freePort();
    const baseUrl = `http://localhost:${port}`;
    const env = {
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_SECRET: 'bench-secret-'.repeat(4),
      BETTER_AUTH_URL: baseUrl,
    };
    const startedAt = performance.now();
    const child =
      command === 'node'
        ? spawnPinned(core, [...nodeArgs, SERVER_ENTRY], env)
        : spawnPinned(core, ['start'], env, pnpmCommand(), REPOSITORY_ROOT);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    for (;;) {
      const status = await fetch(`${baseUrl}/`).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) break;
      if (child.exitCode !== null) throw new Error(`The app exited with ${child.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const coldStartMs = performance.now() - startedAt;
    return {
      baseUrl,
      coldStartMs,
      // taskset execs the program: this is the server's own process with `node` (not with `pnpm start`).
      pid: child.pid,
      stop: async () => {
        stopGroup(child);
        await exited;
        children.delete(child);
      },
    };
  }

  return {
    databaseUrl,
    user,
    organizationId: organization.id,
    statements: () =>
      readFileSync(logPath, 'utf8')
        .split('\n')
        .filter((line) => /LOG: {2}(statement|execute)/.test(line)).length,
    startApp,
    spawnPinned,
    close: async () => {
      for (const child of children) stopGroup(child);
      await admin.end();
      await server.stop();
    },
  };
}
