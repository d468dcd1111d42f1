// Where the server's time goes on a signed-in page: starts the production build with the inspector on a
// throw-away PostgreSQL, warms it up, profiles its CPU while autocannon loads the page, and prints the CPU
// time per request by kind of work (lib/profile-categories.ts), then the functions with the most self
// time. Build first (`pnpm build`).
//   pnpm --filter @kit/web profile:dashboard
//   PROFILE_PATH=/api/auth/get-session PROFILE_SECONDS=10 pnpm --filter @kit/web profile:dashboard
//   PROFILE_PATH=/ PROFILE_SIGNED_OUT=1 pnpm --filter @kit/web profile:dashboard   (the anonymous landing page)
// PROFILE_KEEP=<file.cpuprofile> keeps the profile (Chrome DevTools and speedscope open it).
import { writeFileSync } from 'node:fs';
import { freePort } from '../tests/support/app-server';
import { load } from './bench/load';
import { signInCookie } from './bench/session-throughput';
import { createBenchEnvironment } from './lib/bench-environment';
import { annotateModules, summarizeProfile } from './lib/cpu-profile';
import { attachProfiler } from './lib/inspector-profile';
import { categoryOfLeaf, PROFILE_CATEGORIES } from './lib/profile-categories';

const SERVER_CORE = 0;
const PATH = process.env.PROFILE_PATH ?? '/dashboard';
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 10);
const CONNECTIONS = 2;
// Finer than V8's default 1 ms: a request takes a few.
const SAMPLING_MICROS = 200;

const env = await createBenchEnvironment();
try {
  const inspectPort = await freePort();
  const app = await env.startApp(SERVER_CORE, 'node', [`--inspect=127.0.0.1:${inspectPort}`]);
  const url = `${app.baseUrl}${PATH}`;
  const headers: Record<string, string> = process.env.PROFILE_SIGNED_OUT
    ? {}
    : { cookie: await signInCookie(app.baseUrl, env) };
  const first = await fetch(url, { headers });
  if (first.status !== 200) throw new Error(`${PATH} answered ${first.status}`);
  await load(url, { connections: CONNECTIONS, seconds: 3, headers }); // warm-up (JIT)
  const profiler = await attachProfiler(inspectPort, SAMPLING_MICROS);
  await profiler.start();
  const result = await load(url, { connections: CONNECTIONS, seconds: SECONDS, headers });
  const profile = await profiler.stop();
  await app.stop();
  if (process.env.PROFILE_KEEP) writeFileSync(process.env.PROFILE_KEEP, JSON.stringify(profile));

  const requests = Object.values(result.statusCounts).reduce((sum, count) => sum + count, 0);
  annotateModules(profile);
  const summary = summarizeProfile(profile, PROFILE_CATEGORIES, categoryOfLeaf);
  const perRequest = (micros: number) => `${(micros / requests / 1000).toFixed(3)} ms`;
  const share = (micros: number) => `${((micros / summary.busy) * 100).toFixed(1)} %`;
  console.log(
    `\n${PATH} (${headers.cookie ? 'signed in' : 'signed out'}): ${requests} requests in ${SECONDS} s (${result.requestsPerSecond.toFixed(0)} req/s, ` +
      `${CONNECTIONS} connections), statuses ${JSON.stringify(result.statusCounts)}`,
  );
  console.log(
    `server CPU per request (profiled, sampling every ${SAMPLING_MICROS} µs): ${perRequest(summary.busy)}\n`,
  );
  console.log('kind of work | CPU per request | share');
  for (const [name, micros] of [...summary.byCategory].sort((a, b) => b[1] - a[1])) {
    console.log(`${name} | ${perRequest(micros)} | ${share(micros)}`);
  }
  console.log('\nself time, top functions | CPU per request | share');
  for (const [name, micros] of summary.topFunctions) {
    console.log(`${name} | ${perRequest(micros)} | ${share(micros)}`);
  }
} finally {
  await env.close();
}
