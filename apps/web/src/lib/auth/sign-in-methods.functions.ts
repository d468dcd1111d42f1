import { getOfferedSignInMethods } from '@kit/better-auth/setup';
import type { OfferedSignInMethods } from '@kit/better-auth/sign-in-methods';
import { createServerFn } from '@tanstack/react-start';

/** The sign-in methods this server offers. Public: the same for every visitor. */
export const fetchSignInMethods = createServerFn({ method: 'GET' }).handler(
  async (): Promise<OfferedSignInMethods> => getOfferedSignInMethods(),
);
