import type { CpuProfile } from './cpu-profile';

/**
 * A CPU profiler attached to a process started with `--inspect=127.0.0.1:<port>`, through the DevTools
 * protocol: the profile covers exactly what runs between start() and stop() (not the start-up).
 */
export async function attachProfiler(inspectPort: number, samplingMicros: number) {
  let targets: Array<{ webSocketDebuggerUrl: string }> = [];
  for (let attempt = 0; attempt < 50 && targets.length === 0; attempt++) {
    targets = await fetch(`http://127.0.0.1:${inspectPort}/json/list`).then(
      (response) => response.json() as Promise<typeof targets>,
      () => [],
    );
    if (targets.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const url = targets[0]?.webSocketDebuggerUrl;
  if (!url) throw new Error(`No inspector on port ${inspectPort}`);
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let nextId = 0;
  const pending = new Map<number, (result: unknown) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  const send = <T>(method: string, params: Record<string, unknown> = {}) =>
    new Promise<T>((resolve) => {
      const id = ++nextId;
      pending.set(id, resolve as (result: unknown) => void);
      socket.send(JSON.stringify({ id, method, params }));
    });

  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: samplingMicros });
  return {
    start: () => send('Profiler.start'),
    stop: async () => {
      const { profile } = await send<{ profile: CpuProfile }>('Profiler.stop');
      socket.close();
      return profile;
    },
  };
}
