import { LoggerService, LogLevel } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Database } from '@app/database';
import { configureHttpApp, HTTP_APP_OPTIONS } from '../../apps/api/src/http/http-app';
import { AppTestModuleOptions, compileAppTestModule } from '../../apps/api/src/testing/app-test-module';

export { TEST_JWT_SECRET, testConfig } from '../../apps/api/src/testing/app-test-module';

export interface ApiTestAppOptions extends AppTestModuleOptions {
  readonly logger?: LoggerService | LogLevel[] | false;
}

/**
 * The real AppModule, configured exactly as `main.ts` configures it, on a database the suite
 * made. The app borrows the database: closing the app leaves it open for the suite to dispose.
 */
export async function createApiTestApp(database: Database, options: ApiTestAppOptions = {}): Promise<NestExpressApplication> {
  const moduleRef = await compileAppTestModule(database, options);
  const app = moduleRef.createNestApplication<NestExpressApplication>({ ...HTTP_APP_OPTIONS, logger: options.logger ?? ['error', 'fatal'] });
  configureHttpApp(app);
  await app.init();
  return app;
}
