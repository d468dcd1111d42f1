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
  startApp: (core?: number) => Promise<{ baseUrl: string; coldStartMs: number; stop: () => Promise<void> }>;
  /** Spawns a process pinned to `core` when taskset exists. */
  spawnPinned: (core: number | undefined, args: string[], env: Record<string, string>) => ChildProcess;
  close: () => Promise<void>;
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

  function spawnPinned(core: number | undefined, args: string[], env: Record<string, string>) {
    const pinned = core !== undefined && existsSync(TASKSET);
    const [command, commandArgs] = pinned
      ? [TASKSET, ['-c', String(core), process.execPath, ...args]]
      : [process.execPath, args];
    const child = spawn(command, commandArgs, {
      env: { PATH: process.env.PATH, ...env },
      stdio: 'ignore',
    });
    children.add(child);
    return child;
  }

  async function startApp(core?: number) {
    const port = await freePort();
    const baseUrl = `http://localhost:${port}`;
    const startedAt = performance.now();
    const child = spawnPinned(core, [SERVER_ENTRY], {
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_SECRET: 'bench-secret-'.repeat(4),
      BETTER_AUTH_URL: baseUrl,
    });
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
      stop: async () => {
        child.kill('SIGTERM');
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
      for (const child of children) child.kill('SIGTERM');
      await admin.end();
      await server.stop();
    },
  };
}
