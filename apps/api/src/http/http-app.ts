import { NestApplicationOptions } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { PrometheusMetrics } from '../metrics/prometheus-metrics';
import { setupOpenApi } from '../openapi/openapi.setup';
import { REQUEST_BODY_LIMIT, translateBodyParserErrors } from './request-body';

/** Nest's own body parsers are off: {@link configureHttpApp} mounts them with a limit and error translation. */
export const HTTP_APP_OPTIONS: NestApplicationOptions = { bodyParser: false };

/**
 * What the HTTP app needs beyond its modules, in the order Express must see it: metrics first
 * (every response counted, refused bodies included), then the body parsers and the translation
 * of their errors, then the OpenAPI routes. `main.ts` and the end-to-end tests both use this, so
 * the tests exercise the same app that runs.
 */
export function configureHttpApp(app: NestExpressApplication): void {
  app.disable('x-powered-by');
  app.use(app.get(PrometheusMetrics).measureRequests);
  app.useBodyParser('json', { limit: REQUEST_BODY_LIMIT, type: ['application/json', 'application/*+json'] });
  app.useBodyParser('urlencoded', { limit: REQUEST_BODY_LIMIT, extended: true });
  app.use(translateBodyParserErrors);
  setupOpenApi(app);
}
