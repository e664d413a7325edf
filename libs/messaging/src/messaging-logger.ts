import { logLevel, LogEntry } from 'kafkajs';

/** Structured logging, as the Nest logger takes it (and the projection runtime's logger). */
export interface MessagingLogger {
  log(message: object): void;
  warn(message: object): void;
  error(message: object): void;
}

export const SILENT: MessagingLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * kafkajs's own log lines, passed on as warnings (kafkajs reports every retried connection
 * failure as an error; the relay and the consumer log what they do about it themselves).
 */
export function kafkaLogCreator(logger: MessagingLogger): () => (entry: LogEntry) => void {
  return () =>
    ({ namespace, level, log }) => {
      if (level > logLevel.WARN) return;
      const { message, ...extra } = log;
      logger.warn({ message: `kafkajs: ${message}`, namespace, ...extra });
    };
}
