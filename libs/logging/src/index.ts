export { REDACTED, redactSecrets, redactText } from './log-redaction';
export { LoggingModule, ROOT_LOGGER } from './logging.module';
export { bindRequestLogger, NestPinoLogger, nestLoggerFor } from './nest-pino-logger';
export { createRootLogger, PINO_LEVEL, processLogger } from './root-logger';
