import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  statusCounts: Record<string, number>;
}

/** Requests per second at a fixed concurrency, from this process (the server runs in another). */
export function load(
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const statusCounts: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections: options.connections, duration: options.seconds, headers: options.headers },
      (error, result) => {
        if (error) reject(error);
        else resolve({ requestsPerSecond: result.requests.average, statusCounts });
      },
    );
    instance.on('response', (_client, statusCode) => {
      statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
    });
  });
}
