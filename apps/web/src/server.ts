import { isPlainGetSession } from '@kit/better-auth/get-session-path';
import { configurePageData } from '@kit/better-auth/page-data';
import handler, { createServerEntry } from '@tanstack/react-start/server-entry';
import { isUnderServerFunctionBase, serverFunctionIdOf } from './lib/server/server-fn-id';

/**
 * Start's default entry, with three requests answered before Start reads them (the third at the end):
 * - a path under the server-function base which is not a function's own (`/_serverFn/<id>/more`,
 *   `/_serverFn//<id>`, a percent-encoded id) is refused with a 404 (and logged): Start would run `<id>`
 *   for some of them, and throw a 500 for an empty first segment before any request middleware could answer;
 * - a plain `GET /api/auth/get-session` is answered from the one-statement session read when better-auth
 *   would answer the same (lib/server/get-session-first.ts), else it goes on to better-auth through Start.
 */
// A server render of /dashboard reads its cards' summary in the session's one statement.
configurePageData({
  '/dashboard': () =>
    import('./features/dashboard/dashboard-page-data').then((module) => module.dashboardPageData),
});

// Loaded with the first get-session: it brings better-auth and the database client, which the landing
// page does not need (tests/start-path.test.ts).
let getSessionFirst: Promise<typeof import('./lib/server/get-session-first')> | undefined;

const startEntry = createServerEntry({
  fetch(request, options) {
    const url = new URL(request.url);
    if (isUnderServerFunctionBase(url) && !serverFunctionIdOf(url)) {
      return import('./lib/server/refuse-server-fn-path').then(({ refuseServerFunctionPath }) =>
        refuseServerFunctionPath(request),
      );
    }
    if (isPlainGetSession(request, url)) {
      getSessionFirst ??= import('./lib/server/get-session-first');
      return getSessionFirst.then(({ answerGetSessionFirst }) =>
        answerGetSessionFirst(request, () => handler.fetch(request, options)),
      );
    }
    return handler.fetch(request, options);
  },
});

// Start answers a URL that does not parse (a Host header with a port above 65535) with a bare 400 before any
// code of the app's runs: no security headers, no request id, no log line. It gets the answer of every other
// request refused before the app reads it (lib/server/refusal-response.ts, also nitro's error handler's).
export default {
  fetch(request: Request, options?: Parameters<typeof startEntry.fetch>[1]) {
    if (URL.canParse(request.url)) return startEntry.fetch(request, options);
    const startedAt = performance.now();
    return import('./lib/server/refusal-response').then(({ refusalResponse }) =>
      refusalResponse({ status: 400, message: 'Bad Request' }, request, startedAt),
    );
  },
};
