import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  statusCounts: Record<string, number>;
  /**
   * CPU time the server process (`serverPid`) spent per answered request, in microseconds: unlike
   * req/s, it barely moves when other processes share the machine. Undefined without /proc.
   */
  serverCpuMicrosPerRequest?: number;
}

// Linux's USER_HZ: /proc reports CPU times in these ticks.
const TICKS_PER_SECOND = 100;

/** User + system CPU time of a process so far, in microseconds (from /proc/<pid>/stat). */
function cpuMicrosOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at the 3rd; utime, stime are 14, 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1e6;
  } catch {
    return undefined;
  }
}

/** Requests per second at a fixed concurrency, from this process (the server runs in another). */
export function load(
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string>; serverPid?: number },
): Promise<LoadResult> {
  const statusCounts: Record<string, number> = {};
  const cpuBefore = cpuMicrosOf(options.serverPid);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections: options.connections, duration: options.seconds, headers: options.headers },
      (error, result) => {
        if (error) return reject(error);
        const cpuAfter = cpuMicrosOf(options.serverPid);
        const answered = Object.values(statusCounts).reduce((sum, count) => sum + count, 0);
        resolve({
          requestsPerSecond: result.requests.average,
          statusCounts,
          serverCpuMicrosPerRequest:
            cpuBefore === undefined || cpuAfter === undefined || answered === 0
              ? undefined
              : (cpuAfter - cpuBefore) / answered,
        });
      },
    );
    instance.on('response', (_client, statusCode) => {
      statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
    });
  });
}
