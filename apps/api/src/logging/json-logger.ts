import { ConsoleLogger, LogLevel as NestLogLevel } from '@nestjs/common';
import { LOG_LEVELS, LogLevel } from '@app/config';

/**
 * One JSON object per line. `LOG_LEVEL` names the least severe level written: `warn` writes
 * fatal, error and warn. (LOG_LEVELS is ordered from the most severe down.)
 */
export function jsonLogger(level: LogLevel): ConsoleLogger {
  const enabled: NestLogLevel[] = LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1);
  return new ConsoleLogger({ json: true, logLevels: enabled });
}
