import path from 'node:path';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import tailwindcss from '@tailwindcss/vite';
import { tanstackStart } from '@tanstack/react-start/plugin/vite';
import viteReact from '@vitejs/plugin-react';
import { nitro } from 'nitro/vite';
import { defineConfig } from 'vite';
import { paraglideOptions } from './i18n.config';
import { staticFileSecurityHeaders } from './src/lib/server/security-headers';

const srcDir = path.resolve(import.meta.dirname, 'src');

export default defineConfig({
  server: { port: Number(process.env.PORT ?? 3000), strictPort: true },
  resolve: { tsconfigPaths: true },
  // PGlite loads its WebAssembly relative to its own module, so it must not be bundled.
  ssr: { external: ['@electric-sql/pglite'] },
  plugins: [
    // Compiles messages/*.json into tree-shakeable message functions under src/paraglide (generated,
    // not committed).
    paraglideVitePlugin(paraglideOptions),
    tailwindcss(),
    tanstackStart({
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
      plugins: ['./src/server-plugins/validate-env.ts'],
      // Static files bypass Start's request middleware; they get the same headers here.
      routeRules: {
        '/assets/**': { headers: staticFileSecurityHeaders() },
        '/favicon.svg': { headers: staticFileSecurityHeaders() },
      },
    }),
    viteReact(),
  ],
});
