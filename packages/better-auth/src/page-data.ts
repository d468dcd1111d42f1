// What a page's server render needs besides the identity, read in the session's one statement: the app
// names the page's path and a selection over the session row (a correlated subquery on its user and
// active organization). Only a request for that very path gets it; server functions never do.
// Browser-safe to import (types and a registry only); the selections load with their page's first request.
import type { Database } from '@kit/database';
import type { session } from '@kit/database/schema';
import type { SQL } from 'drizzle-orm';

/** The session row's columns a selection may refer to. */
export interface SessionRowColumns {
  userId: typeof session.userId;
  activeOrganizationId: typeof session.activeOrganizationId;
}

export interface PageDataSelection {
  /** Names the prepared statement that carries it (`kit_session_by_token_<name>`) and the identity's entry. */
  name: string;
  /** One SQL value (json, typically), over the session row's columns. */
  select: (db: Database, row: SessionRowColumns) => SQL;
}

/** Page path (`/dashboard`) → its selection, loaded with the first request for that page. */
export type PageDataSelections = Record<string, () => Promise<PageDataSelection>>;

/** What the session statement brought for the request's page, by selection name. */
export interface PageData {
  name: string;
  value: unknown;
}

/** The page data named `name` the request's session read brought, or undefined (another page, a server function). */
export function pageDataOf(identity: { pageData?: PageData }, name: string): unknown {
  return identity.pageData?.name === name ? identity.pageData.value : undefined;
}

// On globalThis: the server's entry registers them, the session read (another chunk) looks them up.
const registry = globalThis as typeof globalThis & { __kitPageData?: PageDataSelections };

/** Called once by the app's server entry: which pages read what in the session statement. */
export function configurePageData(selections: PageDataSelections): void {
  registry.__kitPageData = selections;
}

/** The selection registered for the request's path, loaded, if there is one. */
export async function pageDataSelectionFor(request: Request): Promise<PageDataSelection | undefined> {
  const load = registry.__kitPageData?.[new URL(request.url).pathname];
  return load ? load() : undefined;
}
