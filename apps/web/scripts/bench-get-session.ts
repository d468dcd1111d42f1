// The get-session figure of `pnpm bench` alone, over several rounds, for a machine whose load varies:
// each round loads the bare node:http session read, then GET /api/auth/get-session signed in, and prints
// their req/s ratio and the ratio of the server CPU time each spent per request (bare ÷ app: the req/s
// ratio one core would give with nothing else running). The last lines give the ranges. Build first.
//   pnpm --filter @kit/web bench:get-session      (BENCH_ROUNDS=5 to change the number of rounds)
import { loadavg } from 'node:os';
import { load } from './bench/load';
import { bareSessionRead, signInCookie } from './bench/session-throughput';
import { createBenchEnvironment } from './lib/bench-environment';

const SERVER_CORE = 0;
const LOAD = { connections: 4, seconds: 5 };
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const range = (values: number[]) =>
  values.length === 0 ? 'n/a' : `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;

const env = await createBenchEnvironment();
try {
  const app = await env.startApp(SERVER_CORE);
  const url = `${app.baseUrl}/api/auth/get-session`;
  const headers = { cookie: await signInCookie(app.baseUrl, env) };
  const answer = await fetch(url, { headers });
  const body = (await answer.json()) as { user?: { id?: string } } | null;
  if (body?.user?.id !== env.user.id)
    throw new Error(`get-session did not name the bench user: ${answer.status}`);
  // Warm-up: V8 takes some thousand requests to optimize the path (longer when the machine is busy).
  await load(url, { ...LOAD, headers });
  const throughputRatios: number[] = [];
  const cpuRatios: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const bare = await bareSessionRead(env, SERVER_CORE, LOAD);
    const result = await load(url, { ...LOAD, headers, serverPid: app.pid });
    const other = Object.keys(result.statusCounts).filter((status) => status !== '200');
    if (other.length > 0) throw new Error(`get-session answered ${other.join(', ')} under load`);
    const ratio = result.requestsPerSecond / bare.requestsPerSecond;
    throughputRatios.push(ratio);
    const appCpu = result.serverCpuMicrosPerRequest;
    const bareCpu = bare.serverCpuMicrosPerRequest;
    const cpu = appCpu && bareCpu ? bareCpu / appCpu : undefined;
    if (cpu !== undefined) cpuRatios.push(cpu);
    console.log(
      `round ${round}: get-session ${result.requestsPerSecond.toFixed(0)} req/s, bare ${bare.requestsPerSecond.toFixed(0)} req/s, ` +
        `get-session ÷ bare ${ratio.toFixed(2)}; server CPU per request ${appCpu?.toFixed(0) ?? '?'} µs vs bare ` +
        `${bareCpu?.toFixed(0) ?? '?'} µs (bare ÷ get-session ${cpu?.toFixed(2) ?? '?'}); load average ${loadavg()[0]?.toFixed(2)}`,
    );
  }
  console.log(`get-session ÷ bare, req/s: ${range(throughputRatios)} over ${ROUNDS} rounds`);
  console.log(`get-session ÷ bare, by server CPU per request: ${range(cpuRatios)} over ${ROUNDS} rounds`);
  await app.stop();
} finally {
  await env.close();
}
