// `pnpm start`: the built server, with Node's module compile cache on (a restart on the same machine
// skips compiling the server's JavaScript again; the cache lives in the system's temporary directory).
import module from 'node:module';

module.enableCompileCache?.();
await import('./.output/server/index.mjs');
