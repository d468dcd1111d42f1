import handler, { createServerEntry } from '@tanstack/react-start/server-entry';
import { baseSecurityHeaders } from './lib/server/security-headers';
import {
  isUnderServerFunctionBase,
  noSuchServerFunction,
  serverFunctionIdOf,
} from './lib/server/server-fn-id';

/**
 * Start's default entry, except that a path under the server-function base which is not a function's own
 * (`/_serverFn/<id>/more`, `/_serverFn//<id>`, a percent-encoded id) is refused with a 404 before Start
 * reads it: Start would run `<id>` for some of them, and throw a 500 for an empty first segment before any
 * request middleware could answer.
 */
export default createServerEntry({
  fetch(request, options) {
    const url = new URL(request.url);
    if (isUnderServerFunctionBase(url) && !serverFunctionIdOf(url)) {
      return noSuchServerFunction(baseSecurityHeaders());
    }
    return handler.fetch(request, options);
  },
});
