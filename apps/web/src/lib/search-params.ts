// Readers for URL search params in routes' validateSearch. Routes' search validation runs in the
// entry bundle of every page, so it stays this small; server functions validate their input with zod.
// Each reader returns undefined for a missing or malformed value: a bad link opens the page unfiltered.

export function searchText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function searchChoice<T extends string>(choices: readonly T[], value: unknown): T | undefined {
  return choices.find((choice) => choice === value);
}

export function searchPage(value: unknown): number | undefined {
  const page = typeof value === 'string' ? Number(value) : value;
  return typeof page === 'number' && Number.isInteger(page) && page >= 1 ? page : undefined;
}

/** A calendar date written `YYYY-MM-DD`. */
export function searchDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

/** The `?redirect=` of the sign-in, sign-up and two-factor pages (checked again where it is followed). */
export function redirectSearch(search: Record<string, unknown>): { redirect?: string } {
  return { redirect: searchText(search.redirect) };
}

/** The sign-in page's search: where to go next, and the `?error=` a provider or an emailed link sent back. */
export function signInSearch(search: Record<string, unknown>): { redirect?: string; error?: string } {
  return { redirect: searchText(search.redirect), error: searchText(search.error) };
}
