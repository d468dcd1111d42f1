// `pnpm routes:generate`: writes src/routeTree.gen.ts from src/routes with the app's own Vite config (the
// same generator and Start footer the dev server and the build use), so that `pnpm typecheck` knows a
// new route before any build.
import { createServer } from 'vite';

const server = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  logLevel: 'warn',
  server: { middlewareMode: true, hmr: false, watch: null },
});
try {
  await server.environments.client.pluginContainer.buildStart({});
} finally {
  await server.close();
}
