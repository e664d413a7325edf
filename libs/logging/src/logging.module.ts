import { Global, Module } from '@nestjs/common';
import { Logger as Pino } from 'pino';
import { APP_CONFIG, AppConfig } from '@app/config';
import { processLogger } from './root-logger';

/** Injection token for the process's pino logger at the configured `LOG_LEVEL`. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/**
 * The process's pino logger, for the HTTP app's request logging (apps/api/src/logging/request-logging.ts).
 * That logging is plain Express middleware, not nestjs-pino's LoggerModule: a module middleware is
 * mounted as a catch-all route, which the metrics and the route fuzzing would see as a route.
 */
@Global()
@Module({
  providers: [{ provide: ROOT_LOGGER, inject: [APP_CONFIG], useFactory: (config: AppConfig): Pino => processLogger(config.logLevel) }],
  exports: [ROOT_LOGGER],
})
export class LoggingModule {}
