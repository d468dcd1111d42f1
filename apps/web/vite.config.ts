import path from 'node:path';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import tailwindcss from '@tailwindcss/vite';
import { tanstackStart } from '@tanstack/react-start/plugin/vite';
import viteReact from '@vitejs/plugin-react';
import { nitro } from 'nitro/vite';
import { defineConfig } from 'vite';
import { paraglideOptions } from './i18n.config';
import { staticFileSecurityHeaders } from './src/lib/server/security-headers';

/** Files of these packages (a regex alternation), in pnpm's store (`.pnpm/<name>@<version>/`) or not. */
const inPackages = (names: string) =>
  new RegExp(String.raw`node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(${names})[\\/]`);

// nitro puts each package in its own server chunk, and a chunk takes in what its modules import. These
// get chunks of their own: zod and drizzle-orm, which the server's start and its first query need without
// better-auth (whose chunks would hold them otherwise), and React, which would land in floating-ui's or
// Radix's chunk (the landing page's first render would then load those too).
const OWN_SERVER_CHUNKS = inPackages('zod|drizzle-orm|react|react-dom|scheduler');

const srcDir = path.resolve(import.meta.dirname, 'src');

export default defineConfig({
  server: { port: Number(process.env.PORT ?? 3000), strictPort: true },
  resolve: { tsconfigPaths: true },
  build: { sourcemap: process.env.ANALYZE === '1', modulePreload: false },
  environments: {
    client: {
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              // What the client entry imports statically (React, the router, Start's client, the landing
              // page) is one chunk, not a dozen small ones. Only those modules: a framework module that
              // only later pages import (Start's server-function client, for one) loads with them.
              groups: [{ name: 'framework', tags: ['$initial'] }],
            },
          },
        },
      },
    },
  },
  // PGlite loads its WebAssembly relative to its own module, so it must not be bundled.
  // pino stays a package import so that the server's entry and its pages share one copy of it.
  ssr: { external: ['@electric-sql/pglite', 'pino'] },
  plugins: [
    // Compiles messages/*.json into tree-shakeable message functions under src/paraglide (generated,
    // not committed).
    paraglideVitePlugin(paraglideOptions),
    tailwindcss(),
    tanstackStart({
      // A route's loader ships with its component: the entry bundle keeps only matching and guards,
      // so server-function clients and what loaders import load with the page that needs them.
      router: {
        codeSplittingOptions: {
          defaultBehavior: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
          // The landing page ships inside the entry: its own chunk would cost more than its code.
          splitBehavior: ({ routeId }) => (routeId === '/' ? [] : undefined),
        },
      },
      serverFns: {
        // Stable, readable, URL-safe ids (`features.organization.organizations.functions.createOrganization`)
        // so that integration tests and logs can name a server function.
        generateFunctionId: ({ filename, functionName }) => {
          const file = path
            .relative(srcDir, filename)
            .replace(/\.tsx?$/, '')
            .split(path.sep)
            .join('.');
          return `${file}.${functionName.replace(/_createServerFn_handler$/, '')}`;
        },
      },
    }),
    nitro({
      traceDeps: ['@electric-sql/pglite'],
      // Scripts and styles are served gzip- or brotli-compressed, as built (the budgets count gzip).
      compressPublicAssets: { gzip: true, brotli: true },
      rolldownConfig: {
        output: {
          codeSplitting: {
            groups: [
              {
                test: OWN_SERVER_CHUNKS,
                name: (id: string) => `_libs/${OWN_SERVER_CHUNKS.exec(id)?.[1]}`,
                priority: 1,
              },
            ],
          },
        },
      },
      // nitro's node server with its console output turned into JSON log lines (listening, shutdown,
      // unhandled errors); used by the build only, the dev server has its own entry.
      entry: './src/server-entry.ts',
      // Requests that fail before the app reads them (a malformed path) answered with the kit's headers, a
      // request id and a log line, and a page for a browser, instead of nitro's bare JSON.
      errorHandler: './src/server-error-handler.ts',
      plugins: [
        './src/server-plugins/validate-env.ts',
        './src/server-plugins/graceful-shutdown.ts',
        './src/server-plugins/configure-auth.ts',
        './src/server-plugins/configure-billing.ts',
        './src/server-plugins/cleanup-schedule.ts',
        './src/server-plugins/telemetry.ts',
      ],
      // Static files bypass Start's request middleware; they get the same headers here.
      routeRules: {
        '/assets/**': { headers: staticFileSecurityHeaders() },
        '/favicon.svg': { headers: staticFileSecurityHeaders() },
        '/og-image.png': { headers: staticFileSecurityHeaders() },
      },
    }),
    viteReact(),
  ],
});
