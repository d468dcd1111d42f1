import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { accepts, freePort } from './ports';

export interface Pgbouncer {
  /** `host:port` of the pooler. */
  address: string;
  /** The same database URL with the pooler's address instead of the server's. */
  through: (databaseUrl: string) => string;
  stop: () => Promise<void>;
}

/** pgbouncer refuses to run as root: as root it runs as the `postgres` system user. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * Starts PgBouncer (Debian's `pgbouncer`, 1.18 on bookworm) in transaction mode in front of the server
 * of `serverUrl`, for every database on it, without passwords (the test server trusts local users).
 */
export async function startPgbouncer(serverUrl: string): Promise<Pgbouncer> {
  const server = new URL(serverUrl);
  const dir = mkdtempSync(path.join(tmpdir(), 'kit-pgbouncer-'));
  const port = await freePort();
  const user = decodeURIComponent(server.username || 'postgres');
  writeFileSync(path.join(dir, 'users.txt'), `"${user}" ""\n`);
  writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${server.hostname} port=${server.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      'default_pool_size = 20',
      'max_client_conn = 2000',
      'ignore_startup_parameters = extra_float_digits,options',
      `logfile = ${path.join(dir, 'pgbouncer.log')}`,
      `pidfile = ${path.join(dir, 'pgbouncer.pid')}`,
    ].join('\n'),
  );
  const owner = runAs();
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    for (const file of ['users.txt', 'pgbouncer.ini']) chownSync(path.join(dir, file), owner.uid, owner.gid);
  }
  // Debian puts it in /usr/sbin, which a non-root PATH often lacks.
  const binary = existsSync('/usr/sbin/pgbouncer') ? '/usr/sbin/pgbouncer' : 'pgbouncer';
  const child: ChildProcess = spawn(binary, [path.join(dir, 'pgbouncer.ini')], {
    stdio: 'ignore',
    ...owner,
  });
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    const failed = await Promise.race([spawnError, new Promise<undefined>((r) => setTimeout(r, 100))]);
    if (failed || child.exitCode !== null || Date.now() > deadline) {
      const log = (() => {
        try {
          return readFileSync(path.join(dir, 'pgbouncer.log'), 'utf8');
        } catch {
          return '';
        }
      })();
      rmSync(dir, { recursive: true, force: true });
      throw new Error(
        `pgbouncer did not start (apt-get install -y pgbouncer): ${failed?.message ?? `exit ${child.exitCode}`}\n${log}`,
      );
    }
  }
  const address = `127.0.0.1:${port}`;
  return {
    address,
    through: (databaseUrl) => {
      const next = new URL(databaseUrl);
      next.host = address;
      return next.toString();
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
