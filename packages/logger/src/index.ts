export { addUserToLogContext, currentLogContext, type LogContext, withLogContext } from './log-context';
export { createLogger, type Logger, type LoggerOptions, logger, logMail } from './logger';
export { MAIL_LOG_PREFIX, type MailLogEntry, mailEntriesInLog } from './mail-line';
export { REDACTED, scrubText } from './redact';
export { type SerializedError, serializeError } from './serialize-error';
export { inSpan, isTracing, isTracingRequested, setTracer, spanUntilSettled } from './tracing';
