import { logger } from '@kit/logger';

type AuthLogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * better-auth's own messages (an endpoint's unexpected error, configuration warnings) go through the
 * kit's logger, which redacts tokens and cookies, instead of better-auth's console output.
 */
export const authLogger = {
  level: 'warn' as const,
  log(level: AuthLogLevel, message: string, ...args: unknown[]) {
    const error = args.find((arg) => arg instanceof Error);
    logger[level]({ source: 'better-auth', ...(error ? { err: error } : {}) }, message);
  },
};
