/**
 * First-load JavaScript budgets, gzip bytes: every script a page's HTML loads before it is interactive,
 * with their static imports. `pnpm test` fails above them; `pnpm bench` prints the figures.
 */
export const FIRST_LOAD_BUDGETS = {
  '/': 119_000,
  '/dashboard': 158_000,
} as const;
