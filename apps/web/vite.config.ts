import path from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import { tanstackStart } from '@tanstack/react-start/plugin/vite';
import viteReact from '@vitejs/plugin-react';
import { nitro } from 'nitro/vite';
import { defineConfig } from 'vite';
import { staticFileSecurityHeaders } from './src/lib/server/security-headers';

const srcDir = path.resolve(import.meta.dirname, 'src');

export default defineConfig({
  server: { port: Number(process.env.PORT ?? 3000), strictPort: true },
  resolve: { tsconfigPaths: true },
  build: { sourcemap: process.env.ANALYZE === '1' },
  // PGlite loads its WebAssembly relative to its own module, so it must not be bundled.
  ssr: { external: ['@electric-sql/pglite'] },
  plugins: [
    tailwindcss(),
    tanstackStart({
      // A route's loader ships with its component: the entry bundle keeps only matching and guards,
      // so server-function clients and what loaders import load with the page that needs them.
      router: {
        codeSplittingOptions: {
          defaultBehavior: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
        },
      },
      serverFns: {
        // Stable, readable, URL-safe ids (`features.organization.organization.functions.createOrganization`)
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
      plugins: [
        './src/server-plugins/validate-env.ts',
        './src/server-plugins/configure-auth.ts',
        './src/server-plugins/cleanup-schedule.ts',
      ],
      // Static files bypass Start's request middleware; they get the same headers here.
      routeRules: {
        '/assets/**': { headers: staticFileSecurityHeaders() },
        '/favicon.svg': { headers: staticFileSecurityHeaders() },
      },
    }),
    viteReact(),
  ],
});
