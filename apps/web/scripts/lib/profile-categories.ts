// The kinds of work of a signed-in page render, for profile-dashboard.ts. A sample counts for the first
// kind below that any frame of its stack matches (so the SQL driver under the session read is the session
// read's, a serializer called while rendering is serialization, and a router component rendered by React
// is React's render). Frames in the server's
// library chunks carry their source module; the app's SSR chunk keeps only function names, hence the
// names below (checked against the build of Start 1.169, router 1.170, React 19.3, pino 10).
import type { CallFrame, Category } from './cpu-profile';

const named = (...names: string[]) => {
  const set = new Set(names);
  return (frame: CallFrame) => set.has(frame.functionName);
};
const fromModule = (pattern: RegExp) => (frame: CallFrame) => pattern.test(frame.module ?? '');
const either =
  (...tests: Array<(frame: CallFrame) => boolean>) =>
  (frame: CallFrame) =>
    tests.some((test) => test(frame));

export const PROFILE_CATEGORIES: Category[] = [
  {
    name: 'session read (cookie check, the one SQL statement and its driver)',
    matches: either(
      named(
        'readSession',
        'getSession',
        'selectSessionByToken',
        'readSignedCookie',
        'sessionRowState',
        'toIdentity',
        'toClientIdentity',
        'answerGetSession',
      ),
      // The page's only statement is the session read: the driver's work is its.
      fromModule(/drizzle-orm|\/postgres\//),
    ),
  },
  {
    name: 'dehydration and serialization (seroval, the router and query state sent to the browser)',
    matches: either(
      fromModule(/seroval|router-core\/dist\/esm\/ssr\/(?!transformStreamWithRouter)|query-core.*hydration/),
      (frame) => /dehydrat|serializ|HydrationScript/i.test(frame.functionName),
    ),
  },
  {
    name: 'server-function calls in loaders (Start runs them in process, with their middleware)',
    matches: named(
      '__executeServer',
      'executeMiddleware$1',
      'callNextMiddleware',
      'flattenMiddlewares',
      'serverFnBaseToMiddleware',
      'execValidator',
      'fetchIdentity',
      'readIdentity',
    ),
  },
  {
    name: 'request log line (pino)',
    matches: either(
      named('logRequest', 'describeRequest', 'scrubText', 'LOG', 'hookWrappedLog', 'logMethod'),
      fromModule(/pino|sonic-boom/),
    ),
  },
  {
    name: 'React render (react-dom, the app and UI components)',
    matches: either(fromModule(/react-dom\//), named('renderRouterToStream')),
  },
  {
    name: "Start and the router: request middleware, route matching, loaders' plumbing, head tags, HTML stream",
    matches: either(
      fromModule(/@tanstack\/(router-core|react-router|start-|history|store)/),
      named(
        'runInStartRequest',
        'runWithStartContext',
        'startRequestResolver',
        'executeRouter',
        'handleServerRoutes',
        'executeMiddleware',
        'runNext',
        'terminalHandler',
        'getRouter',
        'createRequestValues',
        'applySecurityHeaders',
      ),
    ),
  },
];

/** Work no kind above claims, by the frame that was running. */
export function categoryOfLeaf(leaf: CallFrame): string {
  if (leaf.functionName === '(garbage collector)') return 'garbage collection';
  if (leaf.url.startsWith('node:') || leaf.url === '' || /h3\+rou3\+srvx|undici/.test(leaf.url)) {
    return 'HTTP in and out, streams, promises and other Node internals (node:http, srvx/h3)';
  }
  return 'other';
}
