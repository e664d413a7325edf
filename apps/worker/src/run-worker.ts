import 'reflect-metadata';
import { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfigOrReport } from '@app/config';
import { nestLoggerFor, processLogger } from '@app/logging';
import { serveOperations } from './operations/serve-operations';

const CONTEXT = 'Worker';

/**
 * Starts a worker process around `module` (see main.ts): configuration checked first, JSON logs,
 * SIGTERM/SIGINT run the shutdown hooks and exit 0; a bad start exits 1. Logs are pino JSON lines
 * on standard output at `LOG_LEVEL` (see @app/logging).
 */
export function runWorker(module: DynamicModule): void {
  start(module).then(
    (outcome) => {
      // While running, the open /health and /metrics server keeps the process alive.
      if (outcome !== 'running') process.exit(outcome);
    },
    (error: unknown) => {
      nestLoggerFor(processLogger('log')).fatal({ message: 'unexpected failure', error: String(error) }, CONTEXT);
      process.exit(1);
    },
  );
}

async function start(module: DynamicModule): Promise<number | 'running'> {
  const config = loadConfigOrReport((problems) => nestLoggerFor(processLogger('log')).fatal({ message: 'invalid configuration', problems }, CONTEXT));
  if (config === undefined) return 1;
  const logger = nestLoggerFor(processLogger(config.logLevel));
  if (config.databaseUrl === undefined) {
    // The embedded database is one PostgreSQL session owned by the API process, which runs the
    // background work in-process; a second process on the same data folder would corrupt it.
    logger.fatal({ message: 'the worker needs DATABASE_URL (a PostgreSQL server); with the embedded database the API runs background work itself' }, CONTEXT);
    return 1;
  }
  try {
    const worker = await NestFactory.create<NestExpressApplication>(module, { logger, abortOnError: false });
    // SIGTERM: /health answers 503 for the drain, then the shutdown hooks run (the database pool
    // closes) and the process exits 0.
    await serveOperations(worker, config);
    return 'running';
  } catch (error) {
    logger.fatal({ message: 'start-up failed', error: String(error) }, CONTEXT);
    return 1;
  }
}
