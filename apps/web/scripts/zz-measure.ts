import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../tests/support/app-server';
import { createBenchEnvironment } from './lib/bench-environment';

const env = await createBenchEnvironment();
try {
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    const t0 = performance.now();
    const child = spawn(
      process.execPath,
      [
        ...(process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/p1prof'] : []),
        path.resolve('.output/server/index.mjs'),
      ],
      {
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'production',
          PORT: String(port),
          DATABASE_URL: env.databaseUrl,
          BETTER_AUTH_SECRET: 'bench-secret-'.repeat(4),
          BETTER_AUTH_URL: `http://localhost:${port}`,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let listening = 0;
    child.stdout.on('data', (d) => {
      if (!listening && String(d).includes('Listening')) listening = performance.now() - t0;
    });
    let status = 0;
    let first = 0;
    for (;;) {
      status = await fetch(`http://localhost:${port}/`).then(
        (r) => {
          if (!first) first = performance.now() - t0;
          return r.status;
        },
        () => 0,
      );
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const done = performance.now() - t0;
    const t1 = performance.now();
    await fetch(`http://localhost:${port}/`);
    const second = performance.now() - t1;
    console.log({
      listening: Math.round(listening),
      firstResponse: Math.round(first),
      first200: Math.round(done),
      second: Math.round(second),
    });
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
} finally {
  await env.close();
}
