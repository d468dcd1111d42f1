import { useLoadedAfterHydration } from '~/lib/use-loaded-after-hydration';

// The card and the role check it needs (better-auth's access control, about 2 kB) load after
// hydration, not with the page that shows it.
const loadBody = () => import('./recent-activity-body');

/**
 * The organization's last five events with a link to the whole log, for owners and admins; nothing for
 * members or the personal account. It renders in the browser only and reads the log with one server
 * function (one statement), so a page that shows it keeps its server render to the session's one
 * statement.
 */
export function RecentActivityCard() {
  const body = useLoadedAfterHydration(loadBody);
  return body ? <body.default /> : null;
}
