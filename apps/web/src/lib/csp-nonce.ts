import { createIsomorphicFn } from '@tanstack/react-start';
import { getRequest } from '@tanstack/react-start/server';
import { getRequestValues } from './server/request-context';

/** The CSP nonce of the response being rendered (server only; the browser needs none). */
export const getCspNonce = createIsomorphicFn()
  .server(() => getRequestValues(getRequest())?.nonce)
  .client(() => undefined);
