import { Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { Logger as Pino } from 'pino';
import { APP_CONFIG, AppConfig } from '@app/config';
import { processLogger } from './root-logger';

/** Injection token for the process's pino logger at the configured `LOG_LEVEL`. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/**
 * The process's pino logger, and nestjs-pino's request scope: the HTTP app mounts the request
 * logging itself, first of all its middleware (see apps/api/src/logging/request-logging.ts), and
 * nestjs-pino only binds each request's child logger, so Nest `Logger` calls made while answering
 * a request carry its `requestId`.
 */
@Global()
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ pinoHttp: { logger: processLogger(config.logLevel) }, useExisting: true }),
    }),
  ],
  providers: [{ provide: ROOT_LOGGER, inject: [APP_CONFIG], useFactory: (config: AppConfig): Pino => processLogger(config.logLevel) }],
  exports: [ROOT_LOGGER],
})
export class LoggingModule {}
