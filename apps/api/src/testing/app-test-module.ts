import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { APP_CONFIG, AppConfig, loadConfig } from '@app/config';
import { Database, DATABASE } from '@app/database';
import { Clock, CLOCK } from '@app/workflow';
import { AppModule } from '../app.module';

/** The secret the suites sign tokens with. */
export const TEST_JWT_SECRET = 'e2e-secret-of-at-least-thirty-two-characters';

/**
 * What the suites' apps keep on disk (demo mode's checkpoint signing key): a folder of this test
 * process under the system's temporary folder, never the checkout's `.data`.
 */
export const TEST_DATA_DIR = join(tmpdir(), `supervision-tests-${process.pid}`);

/**
 * The configuration the suites run the API with: no demo seeding (and when a suite turns it on,
 * the core tree, not the whole city), no timers, a known token secret.
 */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({ DEMO: 'false', DEMO_ACTIVITY: 'false', DEMO_SCALE: 'core', RUN_TIMERS: 'false', JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'error', DATA_DIR: TEST_DATA_DIR, ...env });
}

export interface AppTestModuleOptions {
  readonly config?: AppConfig;
  /** Test-only routes mounted beside the real ones. */
  readonly controllers?: Type[];
  /** Replaces the system clock, so a suite can move time forward (e.g. a `SettableClock`). */
  readonly clock?: Clock;
}

/**
 * The real AppModule on a database the suite made, compiled but not started: the end-to-end suites
 * put HTTP in front of it, the use cases' medium tests send commands to its buses directly. The
 * module borrows the database: closing it leaves the database open for the suite to dispose.
 */
export async function compileAppTestModule(database: Database, options: AppTestModuleOptions = {}): Promise<TestingModule> {
  const borrowed: Database = { pool: database.pool, mode: database.mode, close: async () => undefined };
  let builder = Test.createTestingModule({ imports: [AppModule], controllers: options.controllers ?? [] });
  if (options.clock !== undefined) builder = builder.overrideProvider(CLOCK).useValue(options.clock);
  return builder.overrideProvider(APP_CONFIG).useValue(options.config ?? testConfig()).overrideProvider(DATABASE).useValue(borrowed).compile();
}

/** The AppModule started without HTTP (every module initialised, demo seeding as configured). */
export async function startUseCases(database: Database, options: AppTestModuleOptions = {}): Promise<TestingModule> {
  const moduleRef = await compileAppTestModule(database, options);
  moduleRef.useLogger(['error', 'fatal']);
  await moduleRef.init();
  return moduleRef;
}
