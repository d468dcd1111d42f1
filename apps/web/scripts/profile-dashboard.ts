// Where the server's time goes on a signed-in page: starts the production build with the inspector on a
// throw-away PostgreSQL, warms it up, measures its CPU time per request, profiles it while autocannon loads
// the page, and prints the share of each kind of work (lib/profile-categories.ts) with its estimated time
// per request, then the functions with the most self time. Build first (`pnpm build`).
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
  await load(url, { connections: CONNECTIONS, seconds: 5, headers }); // warm-up (JIT)
  // The profiler slows the server down: its shares are applied to the CPU time measured without it.
  const unprofiled = await load(url, { connections: CONNECTIONS, seconds: 5, headers, serverPid: app.pid });
  const cpuMicros = unprofiled.serverCpuMicrosPerRequest;
  const profiler = await attachProfiler(inspectPort, SAMPLING_MICROS);
  await profiler.start();
  const result = await load(url, { connections: CONNECTIONS, seconds: SECONDS, headers });
  const profile = await profiler.stop();
  await app.stop();
  if (process.env.PROFILE_KEEP) writeFileSync(process.env.PROFILE_KEEP, JSON.stringify(profile));

  const requests = Object.values(result.statusCounts).reduce((sum, count) => sum + count, 0);
  annotateModules(profile);
  const summary = summarizeProfile(profile, PROFILE_CATEGORIES, categoryOfLeaf);
  const share = (micros: number) => micros / summary.busy;
  const percent = (micros: number) => `${(share(micros) * 100).toFixed(1)} %`;
  const estimate = (micros: number) =>
    cpuMicros ? `${((share(micros) * cpuMicros) / 1000).toFixed(2)} ms` : '?';
  console.log(
    `\n${PATH} (${headers.cookie ? 'signed in' : 'signed out'}), ${CONNECTIONS} connections: ` +
      `${unprofiled.requestsPerSecond.toFixed(0)} req/s and ${cpuMicros ? (cpuMicros / 1000).toFixed(2) : '?'} ms ` +
      `of server CPU per request without the profiler; profiled over ${requests} requests in ${SECONDS} s ` +
      `(sampling every ${SAMPLING_MICROS} µs), statuses ${JSON.stringify(result.statusCounts)}`,
  );
  console.log('\nkind of work | share of server CPU | ≈ per request');
  for (const [name, micros] of [...summary.byCategory].sort((a, b) => b[1] - a[1])) {
    console.log(`${name} | ${percent(micros)} | ${estimate(micros)}`);
  }
  console.log('\nself time, top functions | share of server CPU');
  for (const [name, micros] of summary.topFunctions) console.log(`${name} | ${percent(micros)}`);
} finally {
  await env.close();
}
