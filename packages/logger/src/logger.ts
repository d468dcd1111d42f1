import pino, { type DestinationStream, type Logger } from 'pino';
import { z } from 'zod';
import { currentLogContext } from './log-context';
import type { MailLogEntry } from './mail-line';
import { prettyLine } from './pretty';
import { REDACT_PATHS, REDACTED, scrubText } from './redact';
import { serializeError } from './serialize-error';

export type { Logger } from 'pino';

const levelSchema = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).catch('info');

export interface LoggerOptions {
  level?: string;
  /** Readable lines instead of JSON (default: outside production). */
  pretty?: boolean;
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const pretty = options.pretty ?? process.env.NODE_ENV !== 'production';
  const stdout = options.destination ?? pino.destination({ dest: 1, sync: true });
  const destination: DestinationStream = pretty
    ? { write: (line) => stdout.write(prettyLine(line)) }
    : stdout;
  return pino(
    {
      level: levelSchema.parse(options.level ?? process.env.LOG_LEVEL),
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // The request id of the request being served (withLogContext); a line's own fields win.
      mixin: () => ({ ...currentLogContext() }),
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      serializers: { err: serializeError, error: serializeError },
      hooks: {
        // Messages are free text: a caller may have put a token or a link into one.
        logMethod(args, method) {
          const [first, ...rest] = args;
          // logger.error(error) would take the error's unscrubbed message as the line's message.
          const normalized =
            first instanceof Error ? [{ err: first }, rest[0] ?? first.message, ...rest.slice(1)] : args;
          const scrubbed = normalized.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

const holder = globalThis as typeof globalThis & { __kitLogger?: Logger };

/**
 * The process's logger: JSON lines in production, readable lines in development; LOG_LEVEL sets the level.
 * One per process, on globalThis: the built server's two copies of this module share it.
 */
holder.__kitLogger ??= createLogger();
export const logger: Logger = holder.__kitLogger;

/**
 * Writes an email to the log (the development mail transport). Its links are not scrubbed: the
 * transport leaves them out in production unless MAIL_LOG_LINKS=true asks for them.
 */
export function logMail(entry: MailLogEntry, target: Logger = logger): void {
  target.info({ mail: entry }, 'mail');
}
