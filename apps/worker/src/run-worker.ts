import 'reflect-metadata';
import { ConsoleLogger, DynamicModule, LogLevel as NestLogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { LOG_LEVELS, loadConfigOrReport } from '@app/config';

const CONTEXT = 'Worker';

/**
 * Starts a worker process around `module` (see main.ts): configuration checked first, JSON logs,
 * SIGTERM/SIGINT run the shutdown hooks and exit 0; a bad start exits 1.
 */
export function runWorker(module: DynamicModule): void {
  start(module).then(
    (outcome) => {
      // An application context holds no server open, so the process is kept alive explicitly.
      if (outcome === 'running') setInterval(() => undefined, 1 << 30);
      else process.exit(outcome);
    },
    (error: unknown) => {
      new ConsoleLogger({ json: true }).fatal({ message: 'unexpected failure', error: String(error) }, CONTEXT);
      process.exit(1);
    },
  );
}

async function start(module: DynamicModule): Promise<number | 'running'> {
  const config = loadConfigOrReport(CONTEXT);
  if (config === undefined) return 1;
  const logLevels: NestLogLevel[] = LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.logLevel) + 1);
  const logger = new ConsoleLogger({ json: true, logLevels });
  if (config.databaseUrl === undefined) {
    // The embedded database is one PostgreSQL session owned by the API process, which runs the
    // background work in-process; a second process on the same data folder would corrupt it.
    logger.fatal({ message: 'the worker needs DATABASE_URL (a PostgreSQL server); with the embedded database the API runs background work itself' }, CONTEXT);
    return 1;
  }
  try {
    const worker = await NestFactory.createApplicationContext(module, { logger, abortOnError: false });
    // SIGTERM/SIGINT: shutdown hooks run (the database pool closes), then the process exits 0.
    worker.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
    return 'running';
  } catch (error) {
    logger.fatal({ message: 'start-up failed', error: String(error) }, CONTEXT);
    return 1;
  }
}
