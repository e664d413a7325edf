import { LoggerService, LogLevel, Type } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { APP_CONFIG, AppConfig, loadConfig } from '@app/config';
import { Database, DATABASE } from '@app/database';
import { Clock, CLOCK } from '@app/workflow';
import { AppModule } from '../../apps/api/src/app.module';
import { configureHttpApp, HTTP_APP_OPTIONS } from '../../apps/api/src/http/http-app';

export const TEST_JWT_SECRET = 'e2e-secret-of-at-least-thirty-two-characters';

/** The configuration the suites run the API with: no demo seeding, no timers, a known token secret. */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({ DEMO: 'false', DEMO_ACTIVITY: 'false', RUN_TIMERS: 'false', JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'error', ...env });
}

export interface ApiTestAppOptions {
  readonly config?: AppConfig;
  /** Test-only routes mounted beside the real ones. */
  readonly controllers?: Type[];
  readonly logger?: LoggerService | LogLevel[] | false;
  /** Replaces the system clock, so a suite can move time forward (e.g. a `SettableClock`). */
  readonly clock?: Clock;
}

/**
 * The real AppModule, configured exactly as `main.ts` configures it, on a database the suite
 * made. The app borrows the database: closing the app leaves it open for the suite to dispose.
 */
export async function createApiTestApp(database: Database, options: ApiTestAppOptions = {}): Promise<NestExpressApplication> {
  const borrowed: Database = { pool: database.pool, mode: database.mode, close: async () => undefined };
  let builder = Test.createTestingModule({ imports: [AppModule], controllers: options.controllers ?? [] });
  if (options.clock !== undefined) builder = builder.overrideProvider(CLOCK).useValue(options.clock);
  const moduleRef = await builder
    .overrideProvider(APP_CONFIG)
    .useValue(options.config ?? testConfig())
    .overrideProvider(DATABASE)
    .useValue(borrowed)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ ...HTTP_APP_OPTIONS, logger: options.logger ?? ['error', 'fatal'] });
  configureHttpApp(app);
  await app.init();
  return app;
}
