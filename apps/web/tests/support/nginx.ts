import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { accepts, freePort } from '@kit/database/testing';

/** The proxy settings the repository ships for its compose file (deploy/nginx/proxy.conf). */
const PROXY_CONF = path.resolve(import.meta.dirname, '../../../../deploy/nginx/proxy.conf');

export interface ReverseProxy {
  baseUrl: string;
  port: number;
  stop: () => Promise<void>;
}

/**
 * Starts Debian's nginx (`apt-get install -y nginx`) in the foreground, as the current user, on a free
 * port, with its own pid, log and temp paths, in front of app instances on 127.0.0.1 at `upstreamPorts`.
 * Each response names the instance that answered in `X-Upstream`.
 */
export async function startNginx(
  upstreamPorts: number[],
  options: { port?: number } = {},
): Promise<ReverseProxy> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kit-nginx-'));
  const port = options.port ?? (await freePort());
  const servers = upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=1s;`);
  const config = [
    'daemon off;',
    'worker_processes 1;',
    // As root, workers would otherwise run as nobody, who cannot use this folder.
    process.getuid?.() === 0 ? 'user root;' : '',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 1024; }',
    'http {',
    `  access_log off;`,
    `  client_body_temp_path ${dir}/client_body;`,
    `  proxy_temp_path ${dir}/proxy;`,
    `  fastcgi_temp_path ${dir}/fastcgi;`,
    `  uwsgi_temp_path ${dir}/uwsgi;`,
    `  scgi_temp_path ${dir}/scgi;`,
    '  upstream app {',
    ...servers,
    '  }',
    '  server {',
    `    listen 127.0.0.1:${port};`,
    '    location / {',
    `      include ${PROXY_CONF};`,
    '      add_header X-Upstream $upstream_addr always;',
    '    }',
    '  }',
    '}',
  ].join('\n');
  writeFileSync(path.join(dir, 'nginx.conf'), config);
  // Debian puts it in /usr/sbin, which a non-root PATH often lacks.
  const nginx = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  const child: ChildProcess = spawn(nginx, ['-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    {
      const failed = await Promise.race([spawnError, new Promise<undefined>((r) => setTimeout(r, 100))]);
      if (failed || child.exitCode !== null || Date.now() > deadline) {
        let log = '';
        try {
          log = readFileSync(path.join(dir, 'error.log'), 'utf8');
        } catch {}
        rmSync(dir, { recursive: true, force: true });
        throw new Error(
          `nginx did not start (apt-get install -y nginx): ${failed?.message ?? ''}\n${stderr}\n${log}`,
        );
      }
    }
  }
  return {
    baseUrl,
    port,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        // QUIT: graceful stop of master and worker.
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
