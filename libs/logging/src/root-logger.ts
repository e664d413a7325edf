import pino, { DestinationStream, Level, Logger as Pino } from 'pino';
import { LogLevel } from '@app/config';
import { redactSecrets } from './log-redaction';

/**
 * The pino level each `LOG_LEVEL` names. Nest's `log` is pino's `info` and `verbose` is `trace`;
 * the lines carry pino's names (`"level":"info"`).
 */
export const PINO_LEVEL: Readonly<Record<LogLevel, Level>> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/**
 * A pino logger writing one JSON object per line: `level` by name, `time` in ISO 8601, `pid`,
 * the `message`, then the entry's own fields, with secrets redacted (see {@link redactSecrets}).
 * It writes synchronously to standard output by default, so a command that logs and exits at once
 * loses no line.
 */
export function createRootLogger(level: LogLevel, destination: DestinationStream = pino.destination({ dest: 1, sync: true })): Pino {
  return pino(
    {
      level: PINO_LEVEL[level],
      messageKey: 'message',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      hooks: {
        logMethod(args, write) {
          write.apply(this, args.map((arg) => redactSecrets(arg)) as Parameters<typeof write>);
        },
      },
    },
    destination,
  );
}

const processLoggers = new Map<LogLevel, Pino>();

/**
 * The process's logger at `level`, made once: the Nest logger a process starts with and the HTTP
 * request logging of the app it starts are then one logger on one destination.
 */
export function processLogger(level: LogLevel): Pino {
  let logger = processLoggers.get(level);
  if (logger === undefined) {
    logger = createRootLogger(level);
    processLoggers.set(level, logger);
  }
  return logger;
}
