import type { CompilerOptions } from '@inlang/paraglide-js';

/**
 * Paraglide compiler options, shared by the Vite plugin (dev and build) and `pnpm i18n:compile` (run
 * before the type check). The locale comes from the `locale` cookie (set by the language switcher),
 * else the browser's languages (Accept-Language on the server), else English.
 */
export const paraglideOptions = {
  project: './project.inlang',
  outdir: './src/paraglide',
  strategy: ['cookie', 'preferredLanguage', 'baseLocale'],
  cookieName: 'locale',
} satisfies CompilerOptions;
