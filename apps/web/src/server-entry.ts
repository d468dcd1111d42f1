// The built server's entry (nitro's `entry`): nitro's node server, but every line it writes is a JSON log
// line. nitro's own entry leaves srvx's console output on: a plain "➜ Listening on" line, "Stopping server
// gracefully (10s)…" progress with carriage returns on SIGTERM, and unhandled errors printed raw, stack and
// all (h3 too, before nitro's error handler). Both run silent here, and the logger (redacted, with the request
// id where there is one) says the same.
import { logger } from '@kit/logger';
import { useNitroApp, useNitroHooks } from 'nitro/app';
import { serve } from 'srvx/node';

const parsedPort = Number.parseInt(process.env.NITRO_PORT ?? process.env.PORT ?? '', 10);
const port = Number.isNaN(parsedPort) ? 3000 : parsedPort;
const cert = process.env.NITRO_SSL_CERT;
const key = process.env.NITRO_SSL_KEY;

const nitroApp = useNitroApp();
// h3 would print an unhandled error raw before nitro's error handler runs; that handler
// (server-error-handler.ts) logs it redacted, with the request id.
if (nitroApp.h3) nitroApp.h3.config.silent = true;
const server = serve({
  port,
  hostname: process.env.NITRO_HOST || process.env.HOST,
  tls: cert && key ? { cert, key } : undefined,
  fetch: nitroApp.fetch,
  silent: true,
});

// As nitro's entry does: once srvx has closed the server (drained, or cut at the limit), the `close` hooks
// run; the graceful-shutdown plugin's last one closes the pool and exits.
const closeServer = server.close.bind(server);
let closeHooks: Promise<void> | undefined;
server.close = (closeActiveConnections?: boolean) =>
  closeServer(closeActiveConnections).finally(() => {
    closeHooks ??= Promise.resolve()
      .then(() => useNitroHooks().callHook('close'))
      .catch((error: unknown) => logger.error({ err: error }, 'a close hook failed'));
    return closeHooks;
  });

server.ready().then(
  () => logger.info({ url: server.url }, 'listening'),
  (error: unknown) => {
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    logger.fatal(
      { err: error },
      inUse
        ? `Port ${port} is already in use: stop what listens there, or set PORT to a free port.`
        : 'The server could not listen; see err.',
    );
    process.exit(1);
  },
);

for (const type of ['unhandledRejection', 'uncaughtException'] as const) {
  process.on(type, (error: unknown) => {
    logger.error({ err: error }, type);
    nitroApp.captureError?.(error as Error, { tags: [type] });
  });
}

export default {};
